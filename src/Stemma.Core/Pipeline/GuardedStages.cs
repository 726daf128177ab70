using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>
/// Stages 2–3 with an error boundary per article: an article the extractor or the segmenter fails on is
/// skipped with a diagnostic naming it, the stage and the exception type; the rest of the batch is served.
/// </summary>
internal static class GuardedStages
{
    /// <summary>
    /// Extracts a batch as one (lines repeated across a source's articles are found over the whole batch);
    /// if that fails, extracts each article on its own so that only the article at fault is lost.
    /// </summary>
    public static ExtractionResult Extract(ArticleExtractor extractor, IReadOnlyList<SourceDocument> documents)
    {
        var failures = new List<ArticleFailure>();
        var whole = ArticleGuard.Run("batch", "extract", () => extractor.ExtractAll(documents), null, failures);
        if (whole is not null)
        {
            return whole;
        }
        var articles = new List<ExtractedArticle>();
        var diagnostics = new List<ReadDiagnostic>();
        foreach (var document in documents)
        {
            failures.Clear();
            var one = ArticleGuard.Run(document.Id, "extract", () => extractor.Extract(document), null, failures);
            if (one is null)
            {
                diagnostics.Add(Diagnostic(document, failures[0]));
                continue;
            }
            articles.AddRange(one.Articles);
            diagnostics.AddRange(one.Diagnostics);
        }
        return new ExtractionResult(articles, diagnostics);
    }

    /// <summary>Segments each article; one that fails becomes a diagnostic in <paramref name="diagnostics"/>.</summary>
    public static List<SegmentedArticle> Segment(IReadOnlyList<ExtractedArticle> articles, List<ReadDiagnostic> diagnostics)
    {
        var segmented = new List<SegmentedArticle>(articles.Count);
        var failures = new List<ArticleFailure>();
        foreach (var article in articles)
        {
            failures.Clear();
            var one = ArticleGuard.Run(article.Document.Id, "segment", () => Segmenter.Segment(article), null, failures);
            if (one is null)
            {
                diagnostics.Add(Diagnostic(article.Document, failures[0]));
                continue;
            }
            segmented.Add(one);
        }
        return segmented;
    }

    /// <summary>A failure as the reader's diagnostics show it: <c>file[:line]: rejected: ID skipped: STAGE failed (Type: message)</c>.</summary>
    public static ReadDiagnostic Diagnostic(SourceDocument document, ArticleFailure failure) =>
        ReadDiagnostic.Rejected(document.File, failure.ToString(), document.Line);
}
