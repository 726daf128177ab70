using Stemma.Reading;

namespace Stemma.Pipeline;

/// <summary>
/// Cuts a stream of read documents into the batches that are extracted together (boilerplate repeated across a
/// batch's articles of one source is removed), so that a corpus of any size is extracted in bounded memory.
/// A batch ends after <see cref="TextPipelineOptions.BatchDocuments"/> documents or once its documents hold
/// <see cref="TextPipelineOptions.BatchChars"/> characters; the cut depends on the documents alone.
/// </summary>
internal static class DocumentBatches
{
    public static IEnumerable<(List<SourceDocument> Documents, List<ReadDiagnostic> Diagnostics)> Cut(IEnumerable<ReadItem> items, TextPipelineOptions options)
    {
        var documents = new List<SourceDocument>();
        var diagnostics = new List<ReadDiagnostic>();
        long chars = 0;
        foreach (var item in items)
        {
            if (item.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                continue;
            }
            documents.Add(item.Document!);
            chars += item.Document!.Original.Length;
            if (documents.Count >= options.BatchDocuments || chars >= options.BatchChars)
            {
                yield return (documents, diagnostics);
                (documents, diagnostics, chars) = ([], [], 0);
            }
        }
        if (documents.Count > 0 || diagnostics.Count > 0)
        {
            yield return (documents, diagnostics);
        }
    }

    /// <summary>The same cut over documents already read (the evaluation reads its pages once, then extracts them as <c>extract</c> would).</summary>
    public static IEnumerable<List<SourceDocument>> Cut(IEnumerable<SourceDocument> documents, TextPipelineOptions options) =>
        Cut(documents.Select(ReadItem.Of), options).Select(batch => batch.Documents);
}
