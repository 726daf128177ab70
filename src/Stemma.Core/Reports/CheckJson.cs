using System.Text.Json.Nodes;
using Stemma.Alignment;
using Stemma.Pipeline;
using Stemma.Text;

namespace Stemma.Reports;

/// <summary>
/// JSON of a check of an outside text (<c>POST /api/check</c>): <c>{"stored": false, "timedOut", "verdict",
/// "coverage" (both null when the time ran out), "sources": [{"article", "story", "verdict", "coverage", "passages": [{"sourceOffset",
/// "sourceLength", "targetOffset", "targetLength", "kind", "similarity"}]}]}</c>, or <c>{"error"}</c>.
/// Offsets count Unicode scalar values: target offsets of the text as posted, source offsets of the stored original.
/// </summary>
internal static class CheckJson
{
    public static JsonObject Result(CheckResult result)
    {
        if (result.Error is not null || result.Text is null)
        {
            return new JsonObject { ["error"] = result.Error ?? "nothing to check" };
        }
        var targetScalars = new ScalarOffsets(result.Text.Article.Document.Original);
        var json = new JsonObject
        {
            ["stored"] = false,
            ["timedOut"] = result.TimedOut,
            // Out of time, the sources found so far are listed but not judged together: no verdict rather than a wrong one.
            ["verdict"] = result.Overall is { } overall ? Verdicts.Name(overall.Verdict) : result.TimedOut ? null : "none",
            ["coverage"] = result.Overall is { } judged ? Math.Round(judged.Coverage, 4) : result.TimedOut ? null : 0,
        };
        var sources = new JsonArray();
        foreach (var source in result.Sources)
        {
            var sourceScalars = new ScalarOffsets(source.Article.Original);
            var article = StoryJson.Article(source.Article);
            sources.Add(new JsonObject
            {
                ["article"] = article,
                ["story"] = source.Article.StoryId,
                ["verdict"] = Verdicts.Name(source.Comparison.Verdict),
                ["coverage"] = Math.Round(source.Comparison.Coverage, 4),
                ["passages"] = new JsonArray([.. source.Comparison.Passages.Select(p =>
                {
                    var (so, sl) = sourceScalars.ToScalar(p.Source.Start, p.Source.Length);
                    var (to, tl) = targetScalars.ToScalar(p.Target.Start, p.Target.Length);
                    return (JsonNode)new JsonObject
                    {
                        ["sourceOffset"] = so,
                        ["sourceLength"] = sl,
                        ["targetOffset"] = to,
                        ["targetLength"] = tl,
                        ["kind"] = p.Kind == PassageKind.Verbatim ? "verbatim" : "rewrite",
                        ["similarity"] = p.Similarity,
                    };
                })]),
            });
        }
        json["sources"] = sources;
        return json;
    }
}
