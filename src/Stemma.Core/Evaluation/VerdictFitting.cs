using Stemma.Judgement;
using Stemma.Sketching;

namespace Stemma.Evaluation;

/// <summary>The corpus a fitting example comes from: each says something different about derivation.</summary>
public enum FitCorpus
{
    /// <summary>METER articles: three classes (ND, PD, WD).</summary>
    Meter,

    /// <summary>PAN 2013 document pairs: derived when the pair has a reuse case; whole or part unknown.</summary>
    Pan,

    /// <summary>MSRP sentence pairs (the fitting half only): a paraphrase is wholly derived, anything else is not.</summary>
    Msrp,
}

/// <summary>One example for fitting the verdict.</summary>
/// <param name="Corpus">Where it comes from.</param>
/// <param name="Group">What it must stay with in cross-validation: its story, suspicious document or pair.</param>
/// <param name="Derived">Derived at all (METER WD/PD, PAN with a case); null when the corpus does not say (MSRP).</param>
/// <param name="Wholly">Wholly derived (METER WD among derived, MSRP paraphrase); null when the corpus does not say (PAN).</param>
/// <param name="Gold">METER's class, for its 3-way score; null elsewhere.</param>
/// <param name="Evidence">Compare's measures with its defaults.</param>
public sealed record FitItem(FitCorpus Corpus, string Group, bool? Derived, bool? Wholly, Verdict? Gold, DerivationEvidence Evidence);

/// <summary>The figures a verdict gets on each corpus: METER 3-way macro-F1 and binary F1, PAN derived-or-not accuracy, MSRP accuracy (wholly = paraphrase).</summary>
public sealed record VerdictFigures(double MeterMacroF1, double MeterBinaryF1, double PanAccuracy, double MsrpAccuracy)
{
    /// <summary>What the cut points are chosen for: the corpora's figures counting equally.</summary>
    public double Objective => (MeterMacroF1 + PanAccuracy + MsrpAccuracy) / 3;
}

/// <summary>
/// Fits the verdict (<see cref="DerivationJudge"/>'s two logistic rules and their cuts) across METER
/// (articles), PAN (long documents) and MSRP (sentences), so that it holds from one sentence to a long
/// document: the derived rule on METER and PAN, the wholly rule on METER's derived articles and MSRP's
/// fitting half, each corpus weighing equally, with an L2 penalty. The cuts are grid-searched (steps of
/// 0.05) for <see cref="VerdictFigures.Objective"/>. <see cref="CrossValidate"/> redoes all of it in
/// each fold, groups (stories, suspicious documents) kept whole, which is the figure to report.
/// </summary>
public static class VerdictFitting
{
    /// <summary>The L2 penalty of both rules (on standardised measures).</summary>
    public const double Penalty = 1e-2;

    public static List<FitItem> MeterItems(IReadOnlyList<MeterItem> items) =>
        [.. items.Select(i => new FitItem(FitCorpus.Meter, MeterEvaluation.StoryOf(i.File), i.Gold != Verdict.None, i.Gold == Verdict.None ? null : i.Gold == Verdict.Wholly, i.Gold, i.Evidence))];

    public static List<FitItem> PanItems(IReadOnlyList<PanPair> pairs, IReadOnlyList<ComparedPair> compared) =>
        [.. pairs.Select((p, i) => new FitItem(FitCorpus.Pan, Path.GetFileName(p.Target), p.Folder != "01-no-plagiarism", null, null, compared[i].Evidence))];

    /// <summary>MSRP's fitting half only: the other half is never fitted on.</summary>
    public static List<FitItem> MsrpItems(IReadOnlyList<MsrpItem> items) =>
        [.. items.Where(i => !i.HeldOut).Select(i => new FitItem(FitCorpus.Msrp, "msrp" + i.Index, null, i.Paraphrase, null, i.Evidence))];

    public static DerivationModel Fit(IReadOnlyList<FitItem> items, DerivationModel template)
    {
        var derived = FitRule(items.Where(i => i.Derived is not null && i.Evidence.Words > 0).ToList(), i => i.Derived!.Value, DerivationJudge.DerivedMeasures);
        var wholly = FitRule(items.Where(i => i.Wholly is not null && i.Evidence.Words > 0).ToList(), i => i.Wholly!.Value, DerivationJudge.WhollyMeasures);
        var best = (Model: template with { Derived = derived, Wholly = wholly }, Objective: -1.0);
        for (var derivedCut = 5; derivedCut < 100; derivedCut += 5)
        {
            for (var whollyCut = 5; whollyCut < 100; whollyCut += 5)
            {
                var model = best.Model with { DerivedCut = derivedCut / 100.0, WhollyCut = whollyCut / 100.0 };
                var objective = Figures(items, e => DerivationJudge.Judge(e, model)).Objective;
                if (objective > best.Objective + 1e-9)
                {
                    best = (model, objective);
                }
            }
        }
        return best.Model;
    }

    /// <summary>The figures of a verdict on the items of each corpus (a corpus without items scores 0).</summary>
    public static VerdictFigures Figures(IReadOnlyList<FitItem> items, Func<DerivationEvidence, Verdict> judge) =>
        Pooled(items, [.. items.Select(i => judge(i.Evidence))]);

    /// <summary>
    /// Cross-validates <see cref="Fit"/>: groups are dealt into <paramref name="folds"/> folds by stable
    /// hash, each fold judged by a verdict fitted on the others; the pooled verdicts are scored.
    /// </summary>
    public static VerdictFigures CrossValidate(IReadOnlyList<FitItem> items, int folds, DerivationModel template)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = items.Select(i => i.Group).Distinct(StringComparer.Ordinal)
            .ToDictionary(g => g, g => (int)(StableHash.Of(g) % (ulong)folds), StringComparer.Ordinal);
        var judged = new Verdict[items.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Fit([.. items.Where(i => foldOf[i.Group] != fold)], template);
            for (var n = 0; n < items.Count; n++)
            {
                if (foldOf[items[n].Group] == fold)
                {
                    judged[n] = DerivationJudge.Judge(items[n].Evidence, model);
                }
            }
        }
        return Pooled(items, judged);
    }

    /// <summary>The figures of the verdicts <paramref name="judged"/> (one per item, in order); a corpus without items scores 0.</summary>
    private static VerdictFigures Pooled(IReadOnlyList<FitItem> items, Verdict[] judged)
    {
        var meter = MeterEvaluation.Score([.. items.Select((i, n) => (i, n)).Where(p => p.i.Corpus == FitCorpus.Meter).Select(p => new MeterItem(p.i.Group, "", p.i.Gold!.Value, p.i.Evidence, judged[p.n]))]);
        var pan = items.Select((i, n) => (i, n)).Where(p => p.i.Corpus == FitCorpus.Pan).ToList();
        var msrp = items.Select((i, n) => (i, n)).Where(p => p.i.Corpus == FitCorpus.Msrp).ToList();
        return new VerdictFigures(
            meter.ThreeWay.Total == 0 ? 0 : meter.ThreeWay.MacroF1,
            meter.ThreeWay.Total == 0 ? 0 : meter.BinaryF1,
            pan.Count == 0 ? 0 : pan.Count(p => p.i.Derived == (judged[p.n] != Verdict.None)) / (double)pan.Count,
            msrp.Count == 0 ? 0 : msrp.Count(p => p.i.Wholly == (judged[p.n] == Verdict.Wholly)) / (double)msrp.Count);
    }

    private static LogisticRule FitRule(List<FitItem> items, Func<FitItem, bool> label, Func<DerivationEvidence, double[]> measures)
    {
        var perCorpus = items.GroupBy(i => i.Corpus).ToDictionary(g => g.Key, g => g.Count());
        return LogisticModel.Fit(
            [.. items.Select(i => measures(i.Evidence))],
            [.. items.Select(label)],
            [.. items.Select(i => 1.0 / perCorpus[i.Corpus])],
            l2: Penalty).ToRule();
    }
}
