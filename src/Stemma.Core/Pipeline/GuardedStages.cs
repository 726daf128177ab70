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
        var warnings = DepthWarnings(documents);
        var failures = new List<ArticleFailure>();
        var whole = ArticleGuard.Run("batch", "extract", () => extractor.ExtractAll(documents), null, failures);
        if (whole is not null)
        {
            return warnings.Count == 0 ? whole : whole with { Diagnostics = [.. warnings, .. whole.Diagnostics] };
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
        return new ExtractionResult(articles, [.. warnings, .. diagnostics]);
    }

    /// <summary>A warning for each page nested deeper than the HTML parser is allowed to see (its deepest levels are flattened).</summary>
    private static List<ReadDiagnostic> DepthWarnings(IReadOnlyList<SourceDocument> documents)
    {
        var warnings = new List<ReadDiagnostic>();
        foreach (var document in documents)
        {
            if (document.Format == DocumentFormat.Html)
            {
                HtmlDepthGuard.Flatten(document.Original, out var flattened);
                if (flattened > 0)
                {
                    warnings.Add(ReadDiagnostic.Warning(document.File, $"HTML nested deeper than {HtmlDepthGuard.MaxDepth} levels: {flattened:N0} tags below that depth flattened (their text kept)", document.Line));
                }
            }
        }
        return warnings;
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
