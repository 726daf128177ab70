using Stemma.Judgement;
using Stemma.Pipeline;

namespace Stemma.Evaluation;

/// <summary>MSRP figures: the held-out half (never used for fitting the verdict) and the fitting half.</summary>
public sealed record MsrpEvaluationResult(ClassificationMetrics HeldOut, ClassificationMetrics Fitting, IReadOnlyList<MsrpItem> Items);

/// <summary>
/// The sentence rules refitted on MSRP's fitting half: the words-only rule and, where the pairs carry the
/// texts' cosine in meaning (<c>--embeddings</c>), the rule with it; each cross-validated on the fitting
/// half (folds of pairs) and scored on the held-out half, which no fitting sees.
/// </summary>
public sealed record MsrpFit(LengthModel Model, int Folds, double WordsCrossValidated, double WordsHeldOut, double? MeaningCrossValidated, double? MeaningHeldOut);

/// <summary>One MSRP pair: its gold label, compare's verdict and measures, and the half it belongs to.</summary>
public sealed record MsrpItem(int Index, bool Paraphrase, Verdict Predicted, DerivationEvidence Evidence)
{
    /// <summary>Pairs alternate between the halves: even indexes (odd data lines) may be fitted on, odd ones never are.</summary>
    public bool HeldOut => Index % 2 == 1;
}

/// <summary>
/// The Microsoft Research Paraphrase Corpus (Dolan and Brockett 2005): is sentence 2 a paraphrase of
/// sentence 1? Each sentence is written to a plain-text file, sentence 2 compared with sentence 1 as its
/// source through <c>stemma compare --batch</c>'s path, and <c>wholly</c> derived counts as a paraphrase
/// (anything less does not). Pairs alternate between two halves: the verdict's fitting may use the first
/// (<c>eval meter --fit</c> does) and accuracy is reported on the second, which it never sees.
/// </summary>
public static class MsrpEvaluation
{
    /// <summary>The corpus's pairs: gold label and the two sentences.</summary>
    public static List<(bool Paraphrase, string First, string Second)> Rows(string file) =>
        [.. File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5).Select(f => (f[0] == "1", f[3], f[4]))];

    /// <summary>Writes each sentence as <c>msrp/NNNNN-1.txt</c> and <c>-2.txt</c> in <paramref name="work"/>, and the batch file.</summary>
    public static string WriteBatch(IReadOnlyList<(bool Paraphrase, string First, string Second)> rows, string work)
    {
        var folder = Path.Combine(work, "msrp");
        Directory.CreateDirectory(folder);
        var lines = new List<(string, IReadOnlyList<string>)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D5}-1.txt"), rows[i].First + "\n");
            File.WriteAllText(Path.Combine(folder, $"{i:D5}-2.txt"), rows[i].Second + "\n");
            lines.Add(($"msrp/{i:D5}-2.txt", [$"msrp/{i:D5}-1.txt"]));
        }
        return EvalBatch.Write(work, lines);
    }

    /// <summary>Prepares the batch, compares it with <paramref name="options"/> and scores it.</summary>
    public static MsrpEvaluationResult Run(string file, string work, ComparePipelineOptions options)
    {
        var rows = Rows(file);
        return Score(rows, EvalBatch.Run(WriteBatch(rows, work), options));
    }

    /// <summary>Scores the answers to the batch (in its order); a pair that could not be compared counts as judged <c>none</c>.</summary>
    public static MsrpEvaluationResult Score(IReadOnlyList<(bool Paraphrase, string First, string Second)> rows, IReadOnlyList<ComparedPair> compared)
    {
        EvalBatch.CheckMatches([.. rows.Select((_, i) => $"{i:D5}-2.txt")], compared, "MSRP");
        var items = rows.Select((r, i) => new MsrpItem(i, r.Paraphrase, compared[i].Verdict ?? Verdict.None, compared[i].Evidence)).ToList();
        return new MsrpEvaluationResult(Metrics(items.Where(i => i.HeldOut)), Metrics(items.Where(i => !i.HeldOut)), items);
    }

    /// <summary>Refits the sentence rules on the fitting half (see <see cref="MsrpFit"/>); the other rules stay <paramref name="template"/>'s.</summary>
    public static MsrpFit Fit(MsrpEvaluationResult result, LengthModel template, int folds = 10)
    {
        var items = VerdictFitting.MsrpItems(result.Items);
        var heldOut = result.Items.Where(i => i.HeldOut).ToList();
        var wordsOnly = template with { MeaningSentence = null };
        var withoutMeaning = items.Select(i => i with { Evidence = i.Evidence with { MeaningCosine = null } }).ToList();
        var wordsModel = VerdictFitting.Fit(withoutMeaning, wordsOnly);
        var wordsCv = VerdictFitting.CrossValidate(withoutMeaning, folds, wordsOnly).MsrpAccuracy;
        var wordsHeldOut = Accuracy(heldOut, i => i.Evidence with { MeaningCosine = null }, wordsModel);
        if (!items.Any(i => i.Evidence.MeaningCosine is not null))
        {
            return new MsrpFit(wordsModel, folds, wordsCv, wordsHeldOut, null, null);
        }
        var model = VerdictFitting.Fit(items, template);
        var meaningCv = VerdictFitting.CrossValidate(items, folds, template).MsrpAccuracy;
        return new MsrpFit(model, folds, wordsCv, wordsHeldOut, meaningCv, Accuracy(heldOut, i => i.Evidence, model));
    }

    /// <summary>Share of <paramref name="items"/> the model judges rightly (wholly = paraphrase) from the evidence <paramref name="evidence"/> gives.</summary>
    private static double Accuracy(IReadOnlyList<MsrpItem> items, Func<MsrpItem, DerivationEvidence> evidence, LengthModel model) =>
        items.Count(i => i.Paraphrase == (DerivationJudge.Judge(evidence(i), model) == Verdict.Wholly)) / (double)Math.Max(1, items.Count);

    private static ClassificationMetrics Metrics(IEnumerable<MsrpItem> items)
    {
        var metrics = new ClassificationMetrics(["not paraphrase", "paraphrase"]);
        foreach (var item in items)
        {
            metrics.Add(item.Paraphrase ? 1 : 0, item.Predicted == Verdict.Wholly ? 1 : 0);
        }
        return metrics;
    }
}
