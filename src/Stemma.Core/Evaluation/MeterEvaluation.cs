using System.Text;
using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>One METER newspaper article: its gold class, Stemma's measures and verdict.</summary>
public sealed record MeterItem(string File, string Domain, Verdict Gold, DerivationEvidence Evidence, Verdict Predicted);

/// <summary>METER figures: the 3-way confusion matrix (ND, PD, WD) and the binary derived/non-derived one.</summary>
public sealed record MeterEvaluationResult(IReadOnlyList<MeterItem> Items, ClassificationMetrics ThreeWay, ClassificationMetrics Binary)
{
    /// <summary>F1 of the derived class (WD or PD) against ND, as METER's binary task reports it.</summary>
    public double BinaryF1 => Binary.Scores(1).F1;
}

/// <summary>
/// The METER corpus task (Gaizauskas et al. 2001; Clough et al. 2002): for each newspaper article, is it
/// wholly, partially or not derived from the Press Association copy of that day? Every article in
/// <c>pairs.tsv</c> is compared with all of its PA candidates at once and judged by
/// <see cref="DerivationJudge"/>.
/// </summary>
public static class MeterEvaluation
{
    public const string PairsFile = "pairs.tsv";

    public static readonly string[] ThreeWayClasses = ["ND", "PD", "WD"];

    public static MeterEvaluationResult Run(string directory, ArticleComparer? comparer = null, Func<DerivationEvidence, Verdict>? judge = null)
    {
        comparer ??= new ArticleComparer();
        judge ??= DerivationJudge.Judge;
        var rows = File.ReadAllLines(Path.Combine(directory, PairsFile)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var cache = new Dictionary<string, SegmentedArticle>(StringComparer.Ordinal);
        SegmentedArticle Load(string relative)
        {
            lock (cache)
            {
                if (cache.TryGetValue(relative, out var hit))
                {
                    return hit;
                }
            }
            var article = LoadMeterText(Path.Combine(directory, relative), relative);
            lock (cache)
            {
                cache[relative] = article;
            }
            return article;
        }
        var items = new MeterItem[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            var target = Load(row[0]);
            var sources = row[6].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Load).ToList();
            var evidence = comparer.Compare(target, sources).Evidence;
            items[i] = new MeterItem(row[0], row[1], ParseLabel(row[5]), evidence, judge(evidence));
        });
        return Score(items);
    }

    /// <summary>The confusion matrices of a set of judged items.</summary>
    public static MeterEvaluationResult Score(IReadOnlyList<MeterItem> items)
    {
        var threeWay = new ClassificationMetrics(ThreeWayClasses);
        var binary = new ClassificationMetrics(["non-derived", "derived"]);
        foreach (var item in items)
        {
            threeWay.Add((int)item.Gold, (int)item.Predicted);
            binary.Add(item.Gold == Verdict.None ? 0 : 1, item.Predicted == Verdict.None ? 0 : 1);
        }
        return new MeterEvaluationResult(items, threeWay, binary);
    }

    /// <summary>
    /// Grid search of the two score cut points for the best 3-way macro-F1, the coverage rule held at
    /// <paramref name="whollyCoverage"/> (ties: the smaller cut points). How
    /// <see cref="DerivationJudge.Fitted"/> was obtained.
    /// </summary>
    public static (JudgeThresholds Thresholds, double MacroF1) FitThresholds(IReadOnlyList<MeterItem> items, double whollyCoverage)
    {
        var best = (Thresholds: DerivationJudge.Fitted, MacroF1: -1.0);
        for (var partially = 10; partially < 60; partially++)
        {
            for (var wholly = partially + 1; wholly <= 150; wholly++)
            {
                var thresholds = new JudgeThresholds(partially / 100.0, wholly / 100.0, whollyCoverage);
                var judged = items.Select(i => i with { Predicted = DerivationJudge.Judge(i.Evidence, thresholds) }).ToList();
                var f1 = Score(judged).ThreeWay.MacroF1;
                if (f1 > best.MacroF1 + 1e-9)
                {
                    best = (thresholds, f1);
                }
            }
        }
        return best;
    }

    private static Verdict ParseLabel(string label) => label switch
    {
        "WD" => Verdict.Wholly,
        "PD" => Verdict.Partially,
        "ND" => Verdict.None,
        _ => throw new InvalidDataException($"unknown METER label '{label}' (expected WD, PD or ND)"),
    };

    /// <summary>
    /// Reads a METER text. Newspaper files are Latin-1 where they are not UTF-8 (the pound sign). PA
    /// files carry wire furniture that is not article text: dash rules, the "15:51 01/03/00: Page 1
    /// (HHH) COURTS" slug, "end" and a "&lt;" closing every paragraph; those become paragraph breaks.
    /// </summary>
    internal static SegmentedArticle LoadMeterText(string path, string id)
    {
        var bytes = File.ReadAllBytes(path);
        var text = StrictUtf8.TryDecode(bytes, out _) ?? Encoding.Latin1.GetString(bytes);
        text = text.Replace("\r\n", "\n");
        if (id.StartsWith("PA/", StringComparison.Ordinal))
        {
            text = CleanWireCopy(text);
        }
        var document = new SourceDocument { Id = id, File = path, Original = text, Format = DocumentFormat.PlainText };
        var article = new ArticleExtractor().Extract(document).Articles.FirstOrDefault()
            ?? throw new InvalidDataException($"{path}: no article text");
        return Segmenter.Segment(article);
    }

    private static string CleanWireCopy(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.All(c => c == '-') || IsSlug(trimmed) || trimmed is "end<" or "end" or "more<" or "more")
            {
                builder.Append('\n');
                continue;
            }
            builder.Append(line.EndsWith('<') ? line[..^1] + "\n\n" : line + "\n");
        }
        return builder.ToString();
    }

    private static bool IsSlug(string line) =>
        line.Length > 15 && char.IsDigit(line[0]) && line[2] == ':' && line.Contains(": Page ", StringComparison.Ordinal);
}
