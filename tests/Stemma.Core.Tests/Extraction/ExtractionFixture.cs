using Stemma.Extraction;
using Stemma.Reading;

namespace Stemma.Extraction;

/// <summary>Builds documents in memory for extraction tests.</summary>
internal static class ExtractionFixture
{
    public static SourceDocument PlainText(string original, string id = "doc", string? source = null) =>
        new() { Id = id, File = id + ".txt", Original = original, Format = DocumentFormat.PlainText, Source = source };

    public static SourceDocument Html(string original, string id = "page") =>
        new() { Id = id, File = id + ".html", Original = original, Format = DocumentFormat.Html };

    public static ExtractedArticle Extract(SourceDocument document) =>
        Assert.Single(new ArticleExtractor().Extract(document).Articles);

    /// <summary>The original text that a clean span maps back to.</summary>
    public static string OriginalOf(ExtractedArticle article, int start, int length)
    {
        var (originalStart, originalLength) = article.Map.ToOriginal(start, length);
        return article.Document.Original.Substring(originalStart, originalLength);
    }
}
