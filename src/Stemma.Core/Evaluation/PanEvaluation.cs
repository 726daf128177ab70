using System.Xml.Linq;
using Stemma.Pipeline;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>PAN figures for the whole corpus and for each obfuscation folder.</summary>
public sealed record PanEvaluationResult(PlagdetScores Overall, IReadOnlyList<(string Folder, PlagdetScores Scores)> ByFolder, int Pairs, int Failed, TimeSpan Elapsed);

/// <summary>
/// The PAN 2013 text-alignment task (Potthast et al. 2013): for each suspicious/source pair of each
/// folder (<c>01-no-plagiarism</c> … <c>05-summary-obfuscation</c>, each with a <c>pairs</c> file and one
/// XML of true cases per pair), Stemma's passages are the detections, scored by <see cref="PlagdetMeasure"/>.
/// </summary>
public static class PanEvaluation
{
    /// <summary>
    /// The task's settings: PAN counts a case only from 50 words or so, so passages under 150 characters
    /// are dropped, as Sanchez-Perez et al. (2014) do; everything else is the default.
    /// </summary>
    public static ComparePipelineOptions Options { get; } = new()
    {
        Alignment = Alignment.AlignmentOptions.Default with { MinPassageChars = 150 },
    };

    public static PanEvaluationResult Run(string directory, ComparePipelineOptions? options = null, IProgress<int>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folders = Directory.GetDirectories(directory).Where(d => File.Exists(Path.Combine(d, "pairs"))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            throw new DirectoryNotFoundException($"{directory}: no obfuscation folders with a 'pairs' file (e.g. ../shared/eval-data/pan13-train)");
        }
        var requests = new List<(string Folder, string Xml, CompareRequest Request)>();
        foreach (var folder in folders)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "pairs")).Where(l => l.Length > 0))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var xml = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(parts[0])}-{Path.GetFileNameWithoutExtension(parts[1])}.xml");
                requests.Add((folder, xml, new CompareRequest(Path.Combine(directory, "susp", parts[0]), [Path.Combine(directory, "src", parts[1])])));
            }
        }
        var overall = new PlagdetMeasure();
        var byFolder = folders.ToDictionary(f => f, _ => new PlagdetMeasure());
        var pipeline = new ComparePipeline(options);
        var failed = 0;
        var done = 0;
        foreach (var outcome in pipeline.CompareAll(requests.Select(r => r.Request)))
        {
            var (folder, xml, _) = requests[done++];
            var cases = ReadCases(xml);
            var detections = outcome.Comparison is { } comparison ? Detections(comparison) : [];
            failed += outcome.Comparison is null ? 1 : 0;
            overall.Add(cases, detections);
            byFolder[folder].Add(cases, detections);
            if (done % 500 == 0)
            {
                progress?.Report(done);
            }
        }
        return new PanEvaluationResult(overall.Scores, [.. folders.Select(f => (Path.GetFileName(f), byFolder[f].Scores))], requests.Count, failed, clock.Elapsed);
    }

    /// <summary>The true cases of one pair: its XML's <c>plagiarism</c> features.</summary>
    public static List<PlagiarismSpan> ReadCases(string xml)
    {
        if (!File.Exists(xml))
        {
            return [];
        }
        return XDocument.Load(xml).Descendants("feature")
            .Where(f => (string?)f.Attribute("name") == "plagiarism")
            .Select(f => new PlagiarismSpan((int)f.Attribute("this_offset")!, (int)f.Attribute("this_length")!, (int)f.Attribute("source_offset")!, (int)f.Attribute("source_length")!))
            .ToList();
    }

    private static List<PlagiarismSpan> Detections(Judgement.Comparison comparison)
    {
        var target = new ScalarOffsets(comparison.Target.Article.Document.Original);
        var source = new ScalarOffsets(comparison.Sources[0].Article.Document.Original);
        return comparison.Passages.Select(p =>
        {
            var (ts, tl) = target.ToScalar(p.Target.Start, p.Target.Length);
            var (ss, sl) = source.ToScalar(p.Source.Start, p.Source.Length);
            return new PlagiarismSpan(ts, tl, ss, sl);
        }).ToList();
    }
}
