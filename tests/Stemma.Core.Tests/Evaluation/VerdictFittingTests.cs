using Stemma.Judgement;

namespace Stemma.Evaluation;

public sealed class VerdictFittingTests
{
    /// <summary>Articles, documents and sentences whose shared share follows their label, with some overlap.</summary>
    private static List<FitItem> Items()
    {
        var random = new Random(11);
        var items = new List<FitItem>();
        DerivationEvidence Evidence(double level, int words)
        {
            var shared = Math.Clamp(level + (random.NextDouble() - 0.5) * 0.5, 0, 1);
            return new DerivationEvidence(shared, 0, 0, shared, BigramContainment: shared * 0.8, Words: words, UnalignedWords: (int)(words * (1 - shared)), CopiedShare: shared * 0.6, UncopiedWords: (int)(words * (1 - shared)));
        }
        for (var story = 0; story < 20; story++)
        {
            foreach (var gold in new[] { Verdict.None, Verdict.Partially, Verdict.Wholly })
            {
                items.Add(new FitItem(FitCorpus.Meter, $"story{story}", gold != Verdict.None, gold == Verdict.None ? null : gold == Verdict.Wholly, gold, Evidence((int)gold * 0.4, 300)));
            }
            items.Add(new FitItem(FitCorpus.Pan, $"susp{story}", story % 3 != 0, null, null, Evidence(story % 3 != 0 ? 0.4 : 0.05, 3000)));
            items.Add(new FitItem(FitCorpus.Msrp, $"pair{story}", null, story % 2 == 0, null, Evidence(story % 2 == 0 ? 0.9 : 0.45, 20)));
        }
        return items;
    }

    [Fact]
    public void Fit_LabelledAcrossThreeCorpora_JudgesEachBetterThanChance()
    {
        var items = Items();

        var model = VerdictFitting.Fit(items, DerivationJudge.Built);
        var figures = VerdictFitting.Figures(items, e => DerivationJudge.Judge(e, model));

        Assert.True(figures.MeterMacroF1 > 0.5, $"METER macro-F1 {figures.MeterMacroF1:0.000}");
        Assert.True(figures.PanAccuracy > 0.7, $"PAN accuracy {figures.PanAccuracy:0.000}");
        Assert.True(figures.MsrpAccuracy > 0.7, $"MSRP accuracy {figures.MsrpAccuracy:0.000}");
    }

    [Fact]
    public void CrossValidate_HeldOutGroups_DoNoBetterThanFittingOnEverything()
    {
        var items = Items();

        var validated = VerdictFitting.CrossValidate(items, folds: 4, DerivationJudge.Built);
        var model = VerdictFitting.Fit(items, DerivationJudge.Built);

        Assert.True(validated.Objective <= VerdictFitting.Figures(items, e => DerivationJudge.Judge(e, model)).Objective + 1e-9);
        Assert.True(validated.Objective > 0.5, $"cross-validated objective {validated.Objective:0.000}");
    }

    [Fact]
    public void Fit_SentencesAndDocuments_LeavesTheArticleRulesToMeterAlone()
    {
        var items = Items();
        var withoutOthers = items.Where(i => i.Corpus == FitCorpus.Meter).ToList();

        var all = VerdictFitting.Fit(items, DerivationJudge.Built);
        var meterOnly = VerdictFitting.Fit(withoutOthers, DerivationJudge.Built);

        Assert.Equal(meterOnly.Article.Derived.Weights, all.Article.Derived.Weights);
        Assert.Equal(meterOnly.Article.Wholly.Weights, all.Article.Wholly.Weights);
        Assert.NotEqual(meterOnly.Sentence.Weights, all.Sentence.Weights);
        Assert.NotEqual(meterOnly.Document.Weights, all.Document.Weights);
    }

    /// <summary>Sentence pairs whose words say nothing of their label and whose cosine says it all.</summary>
    private static List<FitItem> SentencesTheCosineTells(bool withCosine)
    {
        var random = new Random(5);
        return [.. Enumerable.Range(0, 80).Select(n =>
        {
            var paraphrase = n % 2 == 0;
            var shared = random.NextDouble();
            var evidence = new DerivationEvidence(shared, 0, 2, shared, BigramContainment: shared, Words: 20, SourceWords: 21,
                MeaningCosine: withCosine ? (paraphrase ? 0.8 : 0.4) + random.NextDouble() * 0.15 : null);
            return new FitItem(FitCorpus.Msrp, $"pair{n}", null, paraphrase, null, evidence);
        })];
    }

    [Fact]
    public void Fit_SentencesWithTheirCosine_FitsTheMeaningRuleThatTellsThemApart()
    {
        var items = SentencesTheCosineTells(withCosine: true);

        var model = VerdictFitting.Fit(items, DerivationJudge.Built with { MeaningSentence = null });

        Assert.NotNull(model.MeaningSentence);
        Assert.Equal(DerivationJudge.PairMeasureCount + 1, model.MeaningSentence.Weights.Count);
        Assert.Equal(1.0, VerdictFitting.Figures(items, e => DerivationJudge.Judge(e, model)).MsrpAccuracy);
        Assert.True(VerdictFitting.Figures(items, e => DerivationJudge.Judge(e with { MeaningCosine = null }, model)).MsrpAccuracy < 0.8, "words alone cannot tell these apart");
    }

    [Fact]
    public void Fit_SentencesWithoutACosine_LeavesTheMeaningRuleAsTheTemplateHasIt()
    {
        var model = VerdictFitting.Fit(SentencesTheCosineTells(withCosine: false), DerivationJudge.Built with { MeaningSentence = null });

        Assert.Null(model.MeaningSentence);
    }
}
