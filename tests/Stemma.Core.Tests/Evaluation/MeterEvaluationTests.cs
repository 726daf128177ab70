using Stemma.Judgement;

namespace Stemma.Evaluation;

public sealed class MeterEvaluationTests
{
    /// <summary>Articles of twelve stories whose measures follow their class, with some overlap between classes.</summary>
    private static List<MeterItem> Items()
    {
        var items = new List<MeterItem>();
        var random = new Random(7);
        for (var story = 0; story < 12; story++)
        {
            foreach (var gold in new[] { Verdict.None, Verdict.Partially, Verdict.Wholly, Verdict.Partially, Verdict.Wholly, Verdict.None })
            {
                var level = (int)gold + (random.NextDouble() - 0.5) * 1.2;
                var words = 350 - 80 * level;
                var own = (int)(words * Math.Clamp(0.75 - 0.35 * level, 0.02, 1));
                var evidence = new DerivationEvidence(
                    Coverage: Math.Clamp(0.3 + 0.25 * level, 0, 0.84), VerbatimShare: 0, LongestRun: 0, MeanSimilarity: 0,
                    BigramContainment: 0.25 + 0.18 * level, Words: (int)words, UnalignedWords: own,
                    CopiedShare: Math.Clamp(0.05 + 0.2 * level, 0, 1), UncopiedWords: Math.Min((int)words, own + 20));
                items.Add(new MeterItem($"newspapers/rawtexts/courts/01.0{story % 9 + 1}.00/story{story}/a{items.Count}.txt", "courts", gold, evidence, Verdict.None));
            }
        }
        return items;
    }

    [Fact]
    public void Fitting_finds_rules_that_judge_the_set_better_than_chance()
    {
        var items = Items();

        var (model, macroF1) = MeterEvaluation.FitModel(items, DerivationJudge.Fitted);

        Assert.True(macroF1 > 0.6, $"macro-F1 {macroF1:0.000}");
        Assert.Equal(macroF1, MeterEvaluation.Score(MeterEvaluation.Rejudge(items, model)).ThreeWay.MacroF1, 9);
        Assert.True(model.Derived.Weights[1] < 0, "own words weigh against derivation");
        Assert.Equal(DerivationJudge.Fitted.RewriteCoverage, model.RewriteCoverage);
    }

    [Fact]
    public void Cross_validation_judges_every_item_once_with_a_model_that_never_saw_its_story()
    {
        var items = Items();

        var validated = MeterEvaluation.CrossValidate(items, folds: 4, DerivationJudge.Fitted);

        Assert.Equal(items.Count, validated.ThreeWay.Total);
        Assert.Equal(items.Select(i => i.File), validated.Items.Select(i => i.File));
        Assert.True(validated.ThreeWay.MacroF1 > 0.5, $"cross-validated macro-F1 {validated.ThreeWay.MacroF1:0.000}");
        Assert.True(validated.ThreeWay.MacroF1 <= MeterEvaluation.FitModel(items, DerivationJudge.Fitted).MacroF1 + 1e-9, "held-out folds do no better than fitting on everything");
    }

    [Fact]
    public void A_story_is_its_domain_date_and_catchline()
    {
        Assert.Equal("courts/01.03.00/wagstaff", MeterEvaluation.StoryOf("newspapers/rawtexts/courts/01.03.00/wagstaff/wagstaff381_star.txt"));
    }
}
