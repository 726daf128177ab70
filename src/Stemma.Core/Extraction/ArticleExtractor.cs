using Stemma.Reading;

namespace Stemma.Extraction;

/// <summary>The clean articles of a batch, and the documents that had no article text left.</summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedArticle> Articles, IReadOnlyList<ReadDiagnostic> Diagnostics);

/// <summary>
/// Stage 2 of the pipeline: an article's main text without web boilerplate. The cascade:
/// 1. lines: a plain-text body line by line, or an HTML page's main block element by element (<see cref="HtmlArticle"/>);
/// 2. shape: boilerplate lines recognised by their form (<see cref="BoilerplateShapes"/>), and on a web page by their neighbours (<see cref="PageLineContext"/>);
/// 3. repetition: short lines shared by several articles of one source (<see cref="RepeatedLines"/>);
/// 4. assembly: wrapped lines joined, split hyphens restored, paragraphs kept (<see cref="CleanTextAssembler"/>).
/// Every removed line is reported with its reason; every clean character maps back to the original.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly ExtractionOptions _options;

    public ArticleExtractor(ExtractionOptions? options = null)
    {
        _options = options ?? ExtractionOptions.Default;
        _options.Validate();
    }

    /// <summary>Extracts one article on its own (no cross-article repetition is possible).</summary>
    public ExtractionResult Extract(SourceDocument document) => ExtractAll([document]);

    /// <summary>Extracts a batch, removing lines repeated across articles of the same source.</summary>
    public ExtractionResult ExtractAll(IReadOnlyList<SourceDocument> documents)
    {
        var prepared = new List<(SourceDocument Document, List<SourceLine> Lines)>(documents.Count);
        foreach (var document in documents)
        {
            var (lines, enriched) = Lines(document);
            if (_options.RemoveBoilerplateByShape)
            {
                MarkShapes(lines);
                if (document.Format == DocumentFormat.Html)
                {
                    PageLineContext.Mark(lines, _options.Weights);
                }
            }
            prepared.Add((enriched, lines));
        }
        if (_options.RemoveRepeatedLines)
        {
            RepeatedLines.Mark([.. prepared.Select(p => (p.Document.Source, p.Lines))], _options);
        }
        var articles = new List<ExtractedArticle>(prepared.Count);
        var diagnostics = new List<ReadDiagnostic>();
        foreach (var (document, lines) in prepared)
        {
            var (text, map, paragraphs) = CleanTextAssembler.Assemble(lines);
            if (text.Length == 0)
            {
                diagnostics.Add(ReadDiagnostic.Rejected(document.File, "no article text left after removing boilerplate", document.Line));
                continue;
            }
            articles.Add(new ExtractedArticle
            {
                Document = document,
                Text = text,
                Map = map,
                Paragraphs = paragraphs,
                Removed = [.. lines.Where(l => !l.IsKept).Select(l => new RemovedLine(l.Text.Trim(), l.RemovalReason!, l.OffsetCount > 0 ? l.OffsetOf(0) : 0, l.LineNumber))],
                Title = document.Title,
            });
        }
        return new ExtractionResult(articles, diagnostics);
    }

    /// <summary>
    /// Marks boilerplate by shape; a line that continues a sentence wrapped from the line above
    /// ("…pulling survivors from collapsed blocks\nby mid-morning.") is article text whatever its shape.
    /// </summary>
    private static void MarkShapes(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var continuesSentence = !line.StartsBlock && i > 0 && !CleanTextAssembler.EndsSentence(lines[i - 1].Text.AsSpan().TrimEnd());
            if (line.IsKept && !continuesSentence)
            {
                line.RemovalReason = BoilerplateShapes.Classify(line.Text);
            }
        }
    }

    private (List<SourceLine> Lines, SourceDocument Document) Lines(SourceDocument document)
    {
        if (document.Format == DocumentFormat.PlainText)
        {
            return (PlainTextLines.Split(document), document);
        }
        var (lines, metadata) = HtmlArticle.Extract(document.Original, _options.Weights);
        var enriched = document with
        {
            Title = document.Title ?? metadata.Title,
            Url = document.Url ?? metadata.Url,
            Source = document.Source ?? metadata.Source,
            Published = document.Published ?? (metadata.Published is { } p && PublicationTime.TryParse(p, TimeSpan.Zero, out var t) ? t : null),
        };
        return (lines, enriched);
    }
}
