using System.Text.Json;
using Stemma.Judgement;
using Stemma.Pipeline;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>
/// One line of a batch as an evaluation scores it: what <c>stemma compare --batch --json</c> says of it.
/// Passages are in Unicode scalar offsets of each file as read (the JSON's offsets); an error line has
/// no verdict.
/// </summary>
public sealed record ComparedPair(string Target, Verdict? Verdict, DerivationEvidence Evidence, IReadOnlyList<PlagiarismSpan> Passages, string? Error = null)
{
    public static ComparedPair From(CompareOutcome outcome)
    {
        if (outcome.Comparison is not { } comparison)
        {
            return new ComparedPair(outcome.Request.Target, null, default, [], outcome.Error);
        }
        var target = new ScalarOffsets(comparison.Target.Article.Document.Original);
        var sources = comparison.Sources.Select(s => new ScalarOffsets(s.Article.Document.Original)).ToArray();
        var passages = comparison.Passages.Select(p =>
        {
            var (ts, tl) = target.ToScalar(p.Target.Start, p.Target.Length);
            var (ss, sl) = sources[p.SourceIndex].ToScalar(p.Source.Start, p.Source.Length);
            return new PlagiarismSpan(ts, tl, ss, sl);
        }).ToList();
        return new ComparedPair(outcome.Request.Target, comparison.Verdict, comparison.Evidence, passages);
    }
}

/// <summary>
/// The one path every <c>stemma eval</c> task takes: it writes the batch file it compares (and, where the
/// corpus needs it, the texts prepared as plain UTF-8 files), runs it through <see cref="ComparePipeline"/>
/// exactly as <c>stemma compare --batch</c> does, and scores the answers; or it scores answers saved
/// from <c>stemma compare --batch FILE --json</c>, so every figure can be reproduced with compare alone.
/// </summary>
public static class EvalBatch
{
    /// <summary>The batch file's name inside an evaluation's work folder.</summary>
    public const string BatchFileName = "batch.tsv";

    /// <summary>Writes a batch file: one <c>target TAB source[;source...]</c> line per request.</summary>
    public static string Write(string folder, IEnumerable<(string Target, IReadOnlyList<string> Sources)> lines)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, BatchFileName);
        using var writer = new StreamWriter(path);
        foreach (var (target, sources) in lines)
        {
            writer.Write(target);
            writer.Write('\t');
            writer.WriteLine(string.Join(';', sources));
        }
        return path;
    }

    /// <summary>Compares every line of a batch file as <c>stemma compare --batch</c> does, in input order.</summary>
    public static List<ComparedPair> Run(string batchFile, ComparePipelineOptions options, IProgress<int>? progress = null) =>
        Outcomes(batchFile, options, progress).Select(ComparedPair.From).ToList();

    /// <summary>The comparisons themselves (for fitting, which needs every measure).</summary>
    public static List<CompareOutcome> Outcomes(string batchFile, ComparePipelineOptions options, IProgress<int>? progress = null)
    {
        using var reader = new StreamReader(batchFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(batchFile))!;
        var outcomes = new List<CompareOutcome>();
        foreach (var outcome in new ComparePipeline(options).CompareAll(CompareBatchFile.Parse(reader, folder)))
        {
            outcomes.Add(outcome);
            if (outcomes.Count % 500 == 0)
            {
                progress?.Report(outcomes.Count);
            }
        }
        return outcomes;
    }

    /// <summary>
    /// Reads what <c>stemma compare --batch FILE --json</c> printed: one JSON object a line. Lines that
    /// are not such objects are reported in the exception's message, with their number.
    /// </summary>
    public static List<ComparedPair> ReadOutput(string jsonLines)
    {
        var pairs = new List<ComparedPair>();
        var number = 0;
        foreach (var line in File.ReadLines(jsonLines))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                pairs.Add(Parse(JsonDocument.Parse(line).RootElement));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new InvalidDataException($"{jsonLines}:{number}: not a line of 'stemma compare --batch --json' ({e.Message})", e);
            }
        }
        return pairs;
    }

    /// <summary>Checks that saved answers are the answers to this batch: as many, for the same targets, in order.</summary>
    public static void CheckMatches(IReadOnlyList<string> targets, IReadOnlyList<ComparedPair> compared, string what)
    {
        if (targets.Count != compared.Count)
        {
            throw new InvalidDataException($"{what}: {compared.Count:N0} answers for {targets.Count:N0} batch lines; run 'stemma compare --batch' on the batch file this evaluation writes");
        }
        for (var i = 0; i < targets.Count; i++)
        {
            if (!string.Equals(Path.GetFileName(targets[i]), Path.GetFileName(compared[i].Target), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{what}: answer {i + 1} is for {compared[i].Target}, the batch's line {i + 1} for {targets[i]}");
            }
        }
    }

    /// <summary>A measure added after outputs were first saved: 0 when an older output lacks it.</summary>
    private static double Optional(JsonElement evidence, string name) =>
        evidence.TryGetProperty(name, out var value) ? value.GetDouble() : 0;

    private static ComparedPair Parse(JsonElement json)
    {
        var target = json.GetProperty("target").GetString() ?? "";
        if (json.TryGetProperty("error", out var error))
        {
            return new ComparedPair(target, null, default, [], error.GetString());
        }
        var verdict = json.GetProperty("verdict").GetString() switch
        {
            "wholly" => Judgement.Verdict.Wholly,
            "partially" => Judgement.Verdict.Partially,
            "none" => Judgement.Verdict.None,
            var other => throw new FormatException($"unknown verdict '{other}'"),
        };
        var e = json.GetProperty("evidence");
        var evidence = new DerivationEvidence(
            Coverage: json.GetProperty("coverage").GetDouble(),
            VerbatimShare: e.GetProperty("verbatimShare").GetDouble(),
            LongestRun: e.GetProperty("longestRun").GetInt32(),
            MeanSimilarity: e.TryGetProperty("meanSimilarity", out var similarity) ? similarity.GetDouble() : 0,
            AlignedShare: e.GetProperty("alignedShare").GetDouble(),
            CloseShare: e.GetProperty("closeShare").GetDouble(),
            TrigramContainment: e.GetProperty("trigramContainment").GetDouble(),
            BigramContainment: e.GetProperty("bigramContainment").GetDouble(),
            Words: e.GetProperty("words").GetInt32(),
            UnalignedWords: e.GetProperty("unalignedWords").GetInt32(),
            CopiedShare: e.GetProperty("copiedShare").GetDouble(),
            UncopiedWords: e.GetProperty("uncopiedWords").GetInt32(),
            TermContainment: Optional(e, "termContainment"),
            ReverseTermContainment: Optional(e, "reverseTermContainment"),
            ReverseBigramContainment: Optional(e, "reverseBigramContainment"),
            SourceWords: (int)Optional(e, "sourceWords"),
            MeaningCosine: e.TryGetProperty("meaningCosine", out var cosine) ? cosine.GetDouble() : null);
        var passages = json.GetProperty("passages").EnumerateArray().Select(p => new PlagiarismSpan(
            p.GetProperty("targetOffset").GetInt32(),
            p.GetProperty("targetLength").GetInt32(),
            p.GetProperty("sourceOffset").GetInt32(),
            p.GetProperty("sourceLength").GetInt32())).ToList();
        return new ComparedPair(target, verdict, evidence, passages);
    }
}
