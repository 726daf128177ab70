using System.Text.Json.Nodes;
using Stemma.Alignment;
using Stemma.Pipeline;
using Stemma.Text;

namespace Stemma.Cli.Output;

/// <summary>
/// The JSON of <c>stemma compare --json</c>, DESIGN.md's contract: <c>{"target", "sources", "verdict",
/// "coverage", "evidence": {"alignedShare", "closeShare", "verbatimShare", "trigramContainment",
/// "longestRun"}, "passages": [{"source", "sourceOffset", "sourceLength",
/// "targetOffset", "targetLength", "kind", "similarity"}]}</c>, or <c>{"target", "sources", "line"?, "error"}</c>
/// when the comparison could not be made. Offsets count Unicode scalar values of each file as read.
/// </summary>
internal static class CompareJson
{
    public static string Write(CompareOutcome outcome)
    {
        var request = outcome.Request;
        var json = new JsonObject
        {
            ["target"] = request.Target,
            ["sources"] = new JsonArray([.. request.Sources.Select(s => (JsonNode)s)]),
        };
        if (outcome.Comparison is not { } comparison)
        {
            if (request.Line is { } line)
            {
                json["line"] = line;
            }
            json["error"] = outcome.Error;
            return JsonLines.Write(json);
        }
        var targetScalars = new ScalarOffsets(comparison.Target.Article.Document.Original);
        var sourceScalars = comparison.Sources.Select(s => new ScalarOffsets(s.Article.Document.Original)).ToArray();
        var passages = new JsonArray();
        foreach (var passage in comparison.Passages)
        {
            var (sourceOffset, sourceLength) = sourceScalars[passage.SourceIndex].ToScalar(passage.Source.Start, passage.Source.Length);
            var (targetOffset, targetLength) = targetScalars.ToScalar(passage.Target.Start, passage.Target.Length);
            passages.Add(new JsonObject
            {
                ["source"] = SourceName(comparison.Sources[passage.SourceIndex]),
                ["sourceOffset"] = sourceOffset,
                ["sourceLength"] = sourceLength,
                ["targetOffset"] = targetOffset,
                ["targetLength"] = targetLength,
                ["kind"] = passage.Kind == PassageKind.Verbatim ? "verbatim" : "rewrite",
                ["similarity"] = passage.Similarity,
            });
        }
        json["verdict"] = Verdicts.Name(comparison.Verdict);
        json["coverage"] = Math.Round(comparison.Evidence.Coverage, 4);
        var e = comparison.Evidence;
        json["evidence"] = new JsonObject
        {
            ["alignedShare"] = Math.Round(e.AlignedShare, 4),
            ["closeShare"] = Math.Round(e.CloseShare, 4),
            ["verbatimShare"] = Math.Round(e.VerbatimShare, 4),
            ["bigramContainment"] = Math.Round(e.BigramContainment, 4),
            ["trigramContainment"] = Math.Round(e.TrigramContainment, 4),
            ["longestRun"] = e.LongestRun,
            ["meanSimilarity"] = Math.Round(e.MeanSimilarity, 4),
            ["words"] = e.Words,
            ["unalignedWords"] = e.UnalignedWords,
            ["copiedShare"] = Math.Round(e.CopiedShare, 4),
            ["uncopiedWords"] = e.UncopiedWords,
            ["termContainment"] = Math.Round(e.TermContainment, 4),
            ["reverseTermContainment"] = Math.Round(e.ReverseTermContainment, 4),
            ["reverseBigramContainment"] = Math.Round(e.ReverseBigramContainment, 4),
            ["sourceWords"] = e.SourceWords,
        };
        if (e.MeaningCosine is { } cosine)
        {
            // Only with --embeddings (short texts): without it the output stays as it was.
            json["evidence"]!["meaningCosine"] = Math.Round(cosine, 4);
        }
        json["passages"] = passages;
        return JsonLines.Write(json);
    }

    /// <summary>The source as the user named it: its file, with the record's line for JSON lines.</summary>
    public static string SourceName(SegmentedArticle source)
    {
        var document = source.Article.Document;
        return document.Line is { } line ? $"{document.File}:{line}" : document.File;
    }
}
