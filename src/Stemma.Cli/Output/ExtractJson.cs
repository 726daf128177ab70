using System.Text.Json.Nodes;
using Stemma.Text;

namespace Stemma.Cli.Output;

/// <summary>
/// The JSON of <c>stemma extract --json</c>, one object a line:
/// <c>{"id", "file", "line"?, "title", "source", "url", "published", "text",
/// "sentences": [{"offset", "length", "text"}], "removed": [{"line", "offset", "reason", "text"}]}</c>.
/// Offsets count Unicode scalar values of the original as read (BOM dropped), as DESIGN.md's contract says.
/// </summary>
internal static class ExtractJson
{
    public static string Write(SegmentedArticle segmented)
    {
        var article = segmented.Article;
        var document = article.Document;
        var scalars = new ScalarOffsets(document.Original);
        var sentences = new JsonArray();
        foreach (var sentence in segmented.Sentences)
        {
            var (offset, length) = scalars.ToScalar(sentence.OriginalStart, sentence.OriginalLength);
            sentences.Add(new JsonObject { ["offset"] = offset, ["length"] = length, ["text"] = sentence.Text });
        }
        var removed = new JsonArray();
        foreach (var line in article.Removed)
        {
            removed.Add(new JsonObject
            {
                ["line"] = line.LineNumber,
                ["offset"] = scalars.ToScalar(line.OriginalOffset),
                ["reason"] = line.Reason,
                ["text"] = line.Text,
            });
        }
        var json = new JsonObject
        {
            ["id"] = document.Id,
            ["file"] = document.File,
        };
        if (document.Line is { } jsonLine)
        {
            json["line"] = jsonLine;
        }
        json["title"] = article.Title;
        json["source"] = document.Source;
        json["url"] = document.Url;
        json["published"] = document.Published?.ToString("o");
        json["text"] = article.Text;
        json["sentences"] = sentences;
        json["removed"] = removed;
        return JsonLines.Write(json);
    }
}
