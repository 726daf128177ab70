using System.Text;
using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Judgement;
using Stemma.Pipeline;
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
/// <c>pairs.tsv</c> is compared with all of its PA candidates at once, through <c>stemma compare
/// --batch</c>'s path (<see cref="EvalBatch"/>), and judged by its verdict.
/// </summary>
public static class MeterEvaluation
{
    public const string PairsFile = "pairs.tsv";

    public static readonly string[] ThreeWayClasses = ["ND", "PD", "WD"];

    /// <summary>One row of <c>pairs.tsv</c>: the newspaper article, its domain, gold class and PA candidates (paths relative to the corpus).</summary>
    public sealed record MeterRow(string File, string Domain, Verdict Gold, IReadOnlyList<string> Sources);

    /// <summary>The rows of <c>pairs.tsv</c>.</summary>
    public static List<MeterRow> Rows(string directory) =>
        [.. File.ReadAllLines(Path.Combine(directory, PairsFile)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(r => new MeterRow(r[0], r[1], ParseLabel(r[5]), r[6].Split(';', StringSplitOptions.RemoveEmptyEntries)))];

    /// <summary>
    /// Prepares the corpus for <c>stemma compare --batch</c> in <paramref name="work"/>: every text the
    /// rows name, decoded (METER's files are Latin-1 where they are not UTF-8) and, for PA copy, freed of
    /// wire furniture (<see cref="PrepareText"/>), saved as a UTF-8 file under <c>meter/</c> at its
    /// corpus path; then the batch file, one line per row with paths relative to the work folder.
    /// </summary>
    public static string WriteBatch(string directory, IReadOnlyList<MeterRow> rows, string work)
    {
        foreach (var relative in rows.SelectMany(r => r.Sources.Prepend(r.File)).Distinct(StringComparer.Ordinal))
        {
            var prepared = Path.Combine(work, "meter", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(prepared)!);
            File.WriteAllText(prepared, PrepareText(Path.Combine(directory, relative), relative));
        }
        return EvalBatch.Write(work, rows.Select(r => ("meter/" + r.File, (IReadOnlyList<string>)[.. r.Sources.Select(s => "meter/" + s)])));
    }

    /// <summary>Prepares the batch, compares it with <paramref name="options"/> and scores it.</summary>
    public static MeterEvaluationResult Run(string directory, string work, ComparePipelineOptions options)
    {
        var rows = Rows(directory);
        return Score(rows, EvalBatch.Run(WriteBatch(directory, rows, work), options));
    }

    /// <summary>
    /// Scores the answers to the batch (in its order). A row without PA candidates cannot be compared;
    /// its article is judged not derived, as it has nothing to derive from.
    /// </summary>
    public static MeterEvaluationResult Score(IReadOnlyList<MeterRow> rows, IReadOnlyList<ComparedPair> compared)
    {
        EvalBatch.CheckMatches([.. rows.Select(r => r.File)], compared, "METER");
        return Score([.. rows.Select((r, i) => new MeterItem(r.File, r.Domain, r.Gold, compared[i].Evidence, compared[i].Verdict ?? Verdict.None))]);
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
    /// Fits the verdict's two logistic rules on the items (the wholly rule on the derived ones only), then
    /// grid-searches the two probability cuts in steps of 0.05 for the best 3-way macro-F1 (ties: the
    /// first found, lowest cuts). The whole-rewrite rule is taken from <paramref name="rewrite"/>. How
    /// <see cref="DerivationJudge.Fitted"/> was obtained.
    /// </summary>
    public static (DerivationModel Model, double MacroF1) FitModel(IReadOnlyList<MeterItem> items, DerivationModel rewrite)
    {
        var derived = LogisticModel.Fit(
            items.Select(i => DerivationJudge.DerivedMeasures(i.Evidence)).ToList(),
            items.Select(i => i.Gold != Verdict.None).ToList()).ToRule();
        var derivedItems = items.Where(i => i.Gold != Verdict.None).ToList();
        var wholly = LogisticModel.Fit(
            derivedItems.Select(i => DerivationJudge.WhollyMeasures(i.Evidence)).ToList(),
            derivedItems.Select(i => i.Gold == Verdict.Wholly).ToList()).ToRule();
        var best = (Model: rewrite with { Derived = derived, Wholly = wholly }, MacroF1: -1.0);
        for (var derivedCut = 5; derivedCut < 100; derivedCut += 5)
        {
            for (var whollyCut = 5; whollyCut < 100; whollyCut += 5)
            {
                var model = best.Model with { DerivedCut = derivedCut / 100.0, WhollyCut = whollyCut / 100.0 };
                var f1 = Score(Rejudge(items, model)).ThreeWay.MacroF1;
                if (f1 > best.MacroF1 + 1e-9)
                {
                    best = (model, f1);
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Cross-validates <see cref="FitModel"/>: the stories (date and catchline) are dealt into
    /// <paramref name="folds"/> folds in a fixed order (by stable hash), each fold is judged by a model
    /// fitted on the others, and the pooled verdicts are scored. This is the honest estimate of the fitted
    /// verdict on unseen stories; judging the items with a model fitted on all of them is optimistic.
    /// </summary>
    public static MeterEvaluationResult CrossValidate(IReadOnlyList<MeterItem> items, int folds, DerivationModel rewrite)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = CrossValidationFolds.Deal(items.Select(i => StoryOf(i.File)), folds);
        var judged = new MeterItem[items.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = items.Where(i => foldOf[StoryOf(i.File)] != fold).ToList();
            var (model, _) = FitModel(training, rewrite);
            for (var n = 0; n < items.Count; n++)
            {
                if (foldOf[StoryOf(items[n].File)] == fold)
                {
                    judged[n] = items[n] with { Predicted = DerivationJudge.Judge(items[n].Evidence, model) };
                }
            }
        }
        return Score(judged);
    }

    /// <summary>The items judged again by another model.</summary>
    public static List<MeterItem> Rejudge(IEnumerable<MeterItem> items, DerivationModel model) =>
        items.Select(i => i with { Predicted = DerivationJudge.Judge(i.Evidence, model) }).ToList();

    /// <summary>A METER text's story: its domain, date and catchline folders (<c>newspapers/rawtexts/courts/01.03.00/wagstaff/…</c>).</summary>
    internal static string StoryOf(string file)
    {
        var parts = file.Split('/');
        return parts.Length >= 5 ? string.Join('/', parts[2..5]) : file;
    }

    private static Verdict ParseLabel(string label) => label switch
    {
        "WD" => Verdict.Wholly,
        "PD" => Verdict.Partially,
        "ND" => Verdict.None,
        _ => throw new InvalidDataException($"unknown METER label '{label}' (expected WD, PD or ND)"),
    };

    /// <summary>A METER text read and segmented as <see cref="PrepareText"/> leaves it (for story clustering).</summary>
    internal static SegmentedArticle LoadMeterText(string path, string id)
    {
        var document = new SourceDocument { Id = id, File = path, Original = PrepareText(path, id), Format = DocumentFormat.PlainText };
        var article = new ArticleExtractor().Extract(document).Articles.FirstOrDefault()
            ?? throw new InvalidDataException($"{path}: no article text");
        return Segmenter.Segment(article);
    }

    /// <summary>
    /// A METER text as plain UTF-8 text. Newspaper files are Latin-1 where they are not UTF-8 (the pound sign). PA
    /// files carry wire furniture that is not article text: dash rules, the "15:51 01/03/00: Page 1
    /// (HHH) COURTS" slug, "end" and a "&lt;" closing every paragraph; those become paragraph breaks.
    /// </summary>
    internal static string PrepareText(string path, string id)
    {
        var bytes = File.ReadAllBytes(path);
        var text = StrictUtf8.TryDecode(bytes, out _) ?? Encoding.Latin1.GetString(bytes);
        text = text.Replace("\r\n", "\n");
        if (id.StartsWith("PA/", StringComparison.Ordinal))
        {
            text = CleanWireCopy(text);
        }
        return text;
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
