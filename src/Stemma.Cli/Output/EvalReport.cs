using System.Globalization;
using Stemma.Evaluation;
using Stemma.Judgement;

namespace Stemma.Cli.Output;

/// <summary>Plain-text reports of the quality gate's figures.</summary>
internal static class EvalReport
{
    public static void WriteMeter(TextWriter writer, MeterEvaluationResult result)
    {
        var three = result.ThreeWay;
        writer.WriteLine(Invariant($"METER: {three.Total} newspaper articles"));
        writer.WriteLine(Invariant($"3-way macro-F1: {three.MacroF1:0.000}   accuracy: {three.Accuracy:0.000}"));
        writer.WriteLine(Invariant($"binary F1 (derived vs non-derived): {result.BinaryF1:0.000}   accuracy: {result.Binary.Accuracy:0.000}"));
        WriteClasses(writer, three);
        WriteMatrix(writer, three);
    }

    public static void WritePan(TextWriter writer, PanEvaluationResult result)
    {
        writer.WriteLine(Invariant($"PAN text alignment: {result.Pairs:N0} pairs in {result.Elapsed.TotalSeconds:0.0} s ({result.Pairs / result.Elapsed.TotalSeconds:0} pairs/s){(result.Failed > 0 ? $", {result.Failed} could not be compared" : "")}"));
        writer.WriteLine("                              plagdet  precision  recall  granularity  cases  detections");
        foreach (var (name, scores) in result.ByFolder.Append(("overall", result.Overall)))
        {
            writer.WriteLine(Invariant($"{name,-29} {scores.Plagdet,7:0.000}  {scores.Precision,9:0.000}  {scores.Recall,6:0.000}  {scores.Granularity,11:0.000}  {scores.Cases,5}  {scores.Detections,10}"));
        }
    }

    public static void WriteMsrp(TextWriter writer, MsrpEvaluationResult result)
    {
        writer.WriteLine("MSRP: sentence 2 compared with sentence 1; 'wholly' derived counts as a paraphrase");
        var measured = result.Items.Count(i => i.Evidence.MeaningCosine is not null);
        writer.WriteLine(measured > 0 && DerivationJudge.Built.MeaningSentence is not null
            ? Invariant($"sentence rule: words and the MiniLM cosine of the two texts (DerivationJudge.Built.MeaningSentence; cosine measured on {measured:N0} pairs)")
            : "sentence rule: words only (DerivationJudge.Built.Sentence)");
        writer.WriteLine(Invariant($"held-out half ({result.HeldOut.Total:N0} pairs, never fitted on): accuracy {result.HeldOut.Accuracy:0.000}   F1 {result.HeldOut.Scores(1).F1:0.000}"));
        writer.WriteLine(Invariant($"fitting half ({result.Fitting.Total:N0} pairs): accuracy {result.Fitting.Accuracy:0.000}   F1 {result.Fitting.Scores(1).F1:0.000}"));
        WriteMatrix(writer, result.HeldOut);
    }

    public static void WriteStories(TextWriter writer, StoryEvaluationResult result)
    {
        WriteClustering(writer, "events", result.Events);
        if (result.Topics is { } topics)
        {
            WriteClustering(writer, "topics", topics);
        }
    }

    public static void WriteStoryItems(string file, StoryEvaluationResult result)
    {
        using var writer = new StreamWriter(file);
        writer.WriteLine("item\tgold\tstory");
        foreach (var item in result.Items)
        {
            writer.WriteLine(Invariant($"{item.Name}\t{item.Gold}\t{item.Story}"));
        }
    }

    private static void WriteClustering(TextWriter writer, string level, ClusteringScores scores) =>
        writer.WriteLine(Invariant($"{level}: B-cubed F1 {scores.F1:0.000} (precision {scores.Precision:0.000}, recall {scores.Recall:0.000}), ARI {scores.AdjustedRand:0.000}; {scores.Items} items, {scores.GoldClusters} gold clusters, {scores.PredictedClusters} stories"));

    /// <summary>The fitted rules, written as the C# that <see cref="DerivationJudge.Fitted"/> holds.</summary>
    public static void WriteFittedModel(TextWriter writer, DerivationModel model, double macroF1)
    {
        writer.WriteLine(Invariant($"fitted on this set (macro-F1 {macroF1:0.000} on the same set):"));
        WriteArticleRules(writer, model);
    }

    private static void WriteArticleRules(TextWriter writer, DerivationModel model)
    {
        writer.WriteLine($"  Derived: {Rule(model.Derived)},");
        writer.WriteLine($"  Wholly: {Rule(model.Wholly)},");
        writer.WriteLine(Invariant($"  DerivedCut: {model.DerivedCut:0.00}, WhollyCut: {model.WhollyCut:0.00} (whole rewrite held at coverage >= {model.RewriteCoverage:0.00} with bigrams < {model.RewriteBigrams:0.00})"));
    }

    /// <summary>The fitted verdict at any length, written as the C# that <see cref="DerivationJudge.Built"/> holds (its article rules as <see cref="WriteFittedModel"/> writes them).</summary>
    public static void WriteFittedLengthModel(TextWriter writer, LengthModel model)
    {
        writer.WriteLine("fitted on all three corpora (MSRP's fitting half); the article rules (DerivationJudge.Fitted):");
        WriteArticleRules(writer, model.Article);
        writer.WriteLine($"  Sentence: {Rule(model.Sentence)},");
        writer.WriteLine(Invariant($"  SentenceCut: {model.SentenceCut:0.00},"));
        writer.WriteLine($"  Document: {Rule(model.Document)},");
        writer.WriteLine(Invariant($"  DocumentCut: {model.DocumentCut:0.00},"));
    }

    public static void WriteMsrpFit(TextWriter writer, MsrpFit fit)
    {
        writer.WriteLine(Invariant($"sentence rules refitted on the fitting half; accuracy cross-validated on it ({fit.Folds} folds of pairs) and on the held-out half:"));
        writer.WriteLine(Invariant($"  words only:              cross-validated {fit.WordsCrossValidated:0.000}   held-out {fit.WordsHeldOut:0.000}"));
        if (fit.MeaningCrossValidated is { } cv && fit.MeaningHeldOut is { } heldOut)
        {
            writer.WriteLine(Invariant($"  words and MiniLM cosine: cross-validated {cv:0.000}   held-out {heldOut:0.000}"));
        }
        writer.WriteLine($"  Sentence: {Rule(fit.Model.Sentence)},");
        writer.WriteLine(Invariant($"  SentenceCut: {fit.Model.SentenceCut:0.00},"));
        if (fit.Model.MeaningSentence is { } meaning)
        {
            writer.WriteLine($"  MeaningSentence: {Rule(meaning)},");
            writer.WriteLine(Invariant($"  MeaningSentenceCut: {fit.Model.MeaningSentenceCut:0.00},"));
        }
    }

    private static string Rule(LogisticRule rule) =>
        Invariant($"new LogisticRule(Bias: {rule.Bias:0.####}, Weights: [{string.Join(", ", rule.Weights.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture)))}])");

    public static void WriteMeterItems(string file, MeterEvaluationResult result)
    {
        using var writer = new StreamWriter(file);
        writer.WriteLine("file\tdomain\tgold\tpredicted\tcoverage\tverbatim_share\tlongest_run\tmean_similarity\taligned\tclose\ttrigrams\tnarrative\tbigrams\twords\tunaligned_words\tcopied\tuncopied_words");
        foreach (var i in result.Items)
        {
            var e = i.Evidence;
            writer.WriteLine(Invariant($"{i.File}\t{i.Domain}\t{i.Gold}\t{i.Predicted}\t{e.Coverage:0.####}\t{e.VerbatimShare:0.####}\t{e.LongestRun}\t{e.MeanSimilarity:0.####}\t{e.AlignedShare:0.####}\t{e.CloseShare:0.####}\t{e.TrigramContainment:0.####}\t{e.NarrativeCoverage:0.####}\t{e.BigramContainment:0.####}\t{e.Words}\t{e.UnalignedWords}\t{e.CopiedShare:0.####}\t{e.UncopiedWords}"));
        }
    }

    public static void WriteClasses(TextWriter writer, ClassificationMetrics metrics)
    {
        writer.WriteLine("class   precision  recall  F1     support");
        for (var c = 0; c < metrics.Classes.Count; c++)
        {
            var s = metrics.Scores(c);
            writer.WriteLine(Invariant($"{metrics.Classes[c],-7} {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,5:0.000}  {s.Support,7}"));
        }
    }

    public static void WriteMatrix(TextWriter writer, ClassificationMetrics metrics)
    {
        writer.WriteLine("confusion (rows gold, columns predicted):");
        var width = Math.Max(6, metrics.Classes.Max(c => c.Length) + 2);
        writer.WriteLine(new string(' ', width) + string.Concat(metrics.Classes.Select(c => c.PadLeft(width))));
        for (var g = 0; g < metrics.Classes.Count; g++)
        {
            writer.WriteLine(metrics.Classes[g].PadRight(width) + string.Concat(Enumerable.Range(0, metrics.Classes.Count).Select(p => metrics[g, p].ToString(CultureInfo.InvariantCulture).PadLeft(width))));
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
