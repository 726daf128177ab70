using System.Xml.Linq;
using Stemma.Pipeline;

namespace Stemma.Evaluation;

/// <summary>PAN figures for the whole corpus and for each obfuscation folder.</summary>
public sealed record PanEvaluationResult(PlagdetScores Overall, IReadOnlyList<(string Folder, PlagdetScores Scores)> ByFolder, int Pairs, int Failed, TimeSpan Elapsed);

/// <summary>One pair of the corpus: its obfuscation folder, its XML of true cases and the two texts.</summary>
public sealed record PanPair(string Folder, string Xml, string Target, string Source);

/// <summary>
/// The PAN 2013 text-alignment task (Potthast et al. 2013): for each suspicious/source pair of each
/// folder (<c>01-no-plagiarism</c> … <c>05-summary-obfuscation</c>, each with a <c>pairs</c> file and one
/// XML of true cases per pair), the passages <c>stemma compare</c> reports are the detections, scored by
/// <see cref="PlagdetMeasure"/>. The pairs are written as a batch file (suspicious document as target,
/// source document as its source) and compared through <see cref="EvalBatch"/>.
/// </summary>
public static class PanEvaluation
{
    /// <summary>
    /// The task's setting, printed with its figures: PAN counts a case only from 50 words or so, so
    /// passages under 150 characters are dropped (<c>compare --min-passage-chars 150</c>), as
    /// Sanchez-Perez et al. (2014) do; everything else is compare's default.
    /// </summary>
    public const int TaskMinPassageChars = 150;

    /// <summary>The pairs of every obfuscation folder, in folder order then the order of its <c>pairs</c> file.</summary>
    public static List<PanPair> Pairs(string directory)
    {
        var folders = Directory.GetDirectories(directory).Where(d => File.Exists(Path.Combine(d, "pairs"))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            throw new DirectoryNotFoundException($"{directory}: no obfuscation folders with a 'pairs' file (e.g. ../shared/eval-data/pan13-train)");
        }
        var pairs = new List<PanPair>();
        foreach (var folder in folders)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "pairs")).Where(l => l.Length > 0))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var xml = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(parts[0])}-{Path.GetFileNameWithoutExtension(parts[1])}.xml");
                pairs.Add(new PanPair(Path.GetFileName(folder), xml, Path.GetFullPath(Path.Combine(directory, "susp", parts[0])), Path.GetFullPath(Path.Combine(directory, "src", parts[1]))));
            }
        }
        return pairs;
    }

    /// <summary>Writes the corpus's batch file into <paramref name="work"/>: absolute paths, so it can be run from anywhere.</summary>
    public static string WriteBatch(IReadOnlyList<PanPair> pairs, string work) =>
        EvalBatch.Write(work, pairs.Select(p => (p.Target, (IReadOnlyList<string>)[p.Source])));

    /// <summary>Writes the batch, compares it with <paramref name="options"/> and scores it.</summary>
    public static PanEvaluationResult Run(string directory, string work, ComparePipelineOptions options, IProgress<int>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pairs = Pairs(directory);
        var compared = EvalBatch.Run(WriteBatch(pairs, work), options, progress);
        return Score(pairs, compared, clock.Elapsed);
    }

    /// <summary>Scores the answers to the batch (in its order) against the true cases.</summary>
    public static PanEvaluationResult Score(IReadOnlyList<PanPair> pairs, IReadOnlyList<ComparedPair> compared, TimeSpan elapsed)
    {
        EvalBatch.CheckMatches([.. pairs.Select(p => p.Target)], compared, "PAN");
        var overall = new PlagdetMeasure();
        var folders = pairs.Select(p => p.Folder).Distinct().ToList();
        var byFolder = folders.ToDictionary(f => f, _ => new PlagdetMeasure());
        var failed = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var cases = ReadCases(pairs[i].Xml);
            failed += compared[i].Error is null ? 0 : 1;
            overall.Add(cases, compared[i].Passages);
            byFolder[pairs[i].Folder].Add(cases, compared[i].Passages);
        }
        return new PanEvaluationResult(overall.Scores, [.. folders.Select(f => (f, byFolder[f].Scores))], pairs.Count, failed, elapsed);
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
}
