using Stemma.Text;

namespace Stemma.Cli.Output;

/// <summary>The terminal view of <c>stemma extract</c>: header, clean text, sentences with offsets, removed lines.</summary>
internal static class ExtractText
{
    public static void Write(TextWriter output, SegmentedArticle segmented)
    {
        var article = segmented.Article;
        var document = article.Document;
        var scalars = new ScalarOffsets(document.Original);
        output.WriteLine($"== {document.Id}  ({document.Location})");
        WriteField(output, "Title", article.Title);
        WriteField(output, "Source", document.Source);
        WriteField(output, "Published", document.Published?.ToString("yyyy-MM-dd HH:mm zzz"));
        WriteField(output, "URL", document.Url);
        output.WriteLine();
        output.WriteLine(article.Text);
        output.WriteLine();
        output.WriteLine($"Sentences ({segmented.Sentences.Count}), offset+length in the original:");
        foreach (var sentence in segmented.Sentences)
        {
            var (offset, length) = scalars.ToScalar(sentence.OriginalStart, sentence.OriginalLength);
            output.WriteLine($"  {offset,6}+{length,-4} {sentence.Text}");
        }
        output.WriteLine($"Removed ({article.Removed.Count}):");
        foreach (var line in article.Removed)
        {
            output.WriteLine($"  line {line.LineNumber,-4} {line.Reason,-24} {Shorten(line.Text, 80)}");
        }
        output.WriteLine();
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{name}: {value}");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
