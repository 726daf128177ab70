using System.Text.Json.Nodes;
using Stemma.Provenance;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Reports;

/// <summary>
/// JSON of stories, one object a line.
/// A story in a list: <c>{"id", "size", "first", "last", "title"}</c>.
/// A story with its tree: the same plus <c>"articles": [{"id", "name", "file", "title", "source", "url",
/// "published", "role"}]</c> (role: <c>origin</c>, <c>derived</c>, <c>copy-of-missing-origin</c>,
/// <c>independent</c>) and <c>"edges": [{"source", "target", "kind", "verdict", "coverage", "reasons"}]</c>
/// (kind: <c>derived</c>, or <c>siblings</c> for two copies of an origin missing from the corpus; source and
/// target are article ids).
/// </summary>
internal static class StoryJson
{
    public static string Summary(StorySummary story) => JsonLines.Write(SummaryNode(story));

    /// <summary>A story's summary with its articles (<c>{"id", "name"}</c> each), for <c>stemma stories --json</c>.</summary>
    public static string Summary(StorySummary story, IReadOnlyList<(long Id, string Name)> articles)
    {
        var json = SummaryNode(story);
        json["articles"] = new JsonArray([.. articles.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["name"] = a.Name })]);
        return JsonLines.Write(json);
    }

    public static string Tree(StoryReport report) => JsonLines.Write(TreeNode(report));

    public static JsonObject TreeNode(StoryReport report)
    {
        var json = SummaryNode(report.Story);
        var articles = new JsonArray();
        foreach (var member in report.Members)
        {
            var node = Article(member);
            node["role"] = Role(FamilyTree.RoleOf(report.Edges, member.Id));
            articles.Add(node);
        }
        json["articles"] = articles;
        var edges = new JsonArray();
        foreach (var edge in report.Edges)
        {
            edges.Add(new JsonObject
            {
                ["source"] = edge.SourceId,
                ["target"] = edge.TargetId,
                ["kind"] = edge.Kind == EdgeKind.Derived ? "derived" : "siblings",
                ["verdict"] = Verdicts.Name(edge.Verdict),
                ["coverage"] = Math.Round(edge.Coverage, 4),
                ["reasons"] = new JsonArray([.. edge.Reasons.Select(r => JsonValue.Create(r))]),
            });
        }
        json["edges"] = edges;
        json["claims"] = ClaimsJson.Claims(report.Claims);
        return json;
    }

    public static JsonObject Article(StoredArticle article) => new()
    {
        ["id"] = article.Id,
        ["name"] = article.Name,
        ["file"] = article.File,
        ["line"] = article.Line,
        ["title"] = article.Title,
        ["source"] = article.Source,
        ["url"] = article.Url,
        ["published"] = article.Published?.ToUniversalTime().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A stored passage with offsets in Unicode scalar values of both original files, as compare reports them.</summary>
    public static JsonObject Passage(StoredPassage passage, ScalarOffsets target, ScalarOffsets source)
    {
        var (targetOffset, targetLength) = target.ToScalar(passage.TargetOffset, passage.TargetLength);
        var (sourceOffset, sourceLength) = source.ToScalar(passage.SourceOffset, passage.SourceLength);
        return new JsonObject
        {
            ["sourceOffset"] = sourceOffset,
            ["sourceLength"] = sourceLength,
            ["targetOffset"] = targetOffset,
            ["targetLength"] = targetLength,
            ["kind"] = passage.Kind,
            ["similarity"] = passage.Similarity,
        };
    }

    public static string Role(TreeRole role) => role switch
    {
        TreeRole.Origin => "origin",
        TreeRole.Derived => "derived",
        TreeRole.CopyOfMissingOrigin => "copy-of-missing-origin",
        _ => "independent",
    };

    public static JsonObject SummaryNode(StorySummary story) => new()
    {
        ["id"] = story.Id,
        ["size"] = story.Size,
        ["first"] = story.First?.ToUniversalTime().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        ["last"] = story.Last?.ToUniversalTime().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        ["title"] = story.Title,
    };
}
