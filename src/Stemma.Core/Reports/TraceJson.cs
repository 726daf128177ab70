using System.Text.Json.Nodes;
using Stemma.Provenance;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Reports;

/// <summary>
/// JSON of <c>stemma trace --json</c> (and the web's article and pair views): <c>{"article", "story", "role",
/// "sources": [{"article", "parent", "verdict", "coverage", "reasons", "passages"}], "takenBy": [{"article",
/// "name", "verdict", "coverage"}]}</c>. Passage offsets count Unicode scalar values of both original files.
/// </summary>
internal static class TraceJson
{
    public static JsonObject Trace(StoredArticle target, StoryReport report)
    {
        var byId = report.Members.ToDictionary(m => m.Id);
        var json = new JsonObject
        {
            ["article"] = StoryJson.Article(target),
            ["story"] = report.Story.Id,
            ["role"] = StoryJson.Role(FamilyTree.RoleOf(report.Edges, target.Id)),
        };
        json["sources"] = new JsonArray([.. report.AlignmentsOf(target.Id).Select(a => (JsonNode)Source(target, byId[a.SourceId], a, report))]);
        json["takenBy"] = new JsonArray([.. report.Edges
            .Where(e => e.Kind == EdgeKind.Derived && e.SourceId == target.Id)
            .Select(e => (JsonNode)new JsonObject { ["article"] = e.TargetId, ["name"] = byId[e.TargetId].Name, ["verdict"] = Verdicts.Name(e.Verdict), ["coverage"] = Math.Round(e.Coverage, 4) })]);
        return json;
    }

    /// <summary>What <paramref name="target"/> shares with one source: verdict, coverage, the tree's reasons when it is a parent, and the passages.</summary>
    public static JsonObject Source(StoredArticle target, StoredArticle source, AlignmentRecord alignment, StoryReport report)
    {
        var edge = report.Edges.FirstOrDefault(e => e.Kind == EdgeKind.Derived && e.SourceId == source.Id && e.TargetId == target.Id);
        var targetScalars = new ScalarOffsets(target.Original);
        var sourceScalars = new ScalarOffsets(source.Original);
        return new JsonObject
        {
            ["article"] = StoryJson.Article(source),
            ["parent"] = edge is not null,
            ["verdict"] = Verdicts.Name(alignment.Verdict),
            ["coverage"] = Math.Round(alignment.Coverage, 4),
            ["reasons"] = new JsonArray([.. (edge?.Reasons ?? []).Select(r => JsonValue.Create(r))]),
            ["passages"] = new JsonArray([.. alignment.Passages.Select(p => (JsonNode)StoryJson.Passage(p, targetScalars, sourceScalars))]),
        };
    }
}
