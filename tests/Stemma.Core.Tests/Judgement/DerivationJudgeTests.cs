namespace Stemma.Judgement;

public sealed class DerivationJudgeTests
{
    // Measures of three kinds of METER article, each near its class's average on the dev half.
    private static readonly DerivationEvidence Independent = new(0.35, 0.05, 7, 0.46, AlignedShare: 0.3, BigramContainment: 0.25, Words: 360, UnalignedWords: 250, CopiedShare: 0.04, UncopiedWords: 330);
    private static readonly DerivationEvidence Partial = new(0.55, 0.17, 18, 0.53, AlignedShare: 0.5, BigramContainment: 0.45, Words: 340, UnalignedWords: 150, CopiedShare: 0.3, UncopiedWords: 180);
    private static readonly DerivationEvidence Whole = new(0.9, 0.4, 23, 0.61, AlignedShare: 0.9, BigramContainment: 0.63, Words: 170, UnalignedWords: 5, CopiedShare: 0.45, UncopiedWords: 20);

    [Fact]
    public void The_fitted_model_tells_the_three_kinds_of_article_apart()
    {
        Assert.Equal(Verdict.None, DerivationJudge.Judge(Independent));
        Assert.Equal(Verdict.Partially, DerivationJudge.Judge(Partial));
        Assert.Equal(Verdict.Wholly, DerivationJudge.Judge(Whole));
    }

    [Fact]
    public void More_own_words_make_an_article_less_likely_derived()
    {
        var derived = DerivationJudge.Fitted.Derived;
        var fewer = derived.Probability(DerivationJudge.DerivedMeasures(Partial with { UnalignedWords = 50 }));
        var more = derived.Probability(DerivationJudge.DerivedMeasures(Partial with { UnalignedWords = 500 }));

        Assert.True(fewer > more, $"{fewer:0.000} with 50 own words, {more:0.000} with 500");
    }

    [Fact]
    public void A_whole_rewrite_sharing_few_word_pairs_is_wholly_derived_whatever_the_rules_say()
    {
        var retranslation = Partial with { Coverage = 0.88, BigramContainment = 0.2, CopiedShare = 0.05, UnalignedWords = 200, UncopiedWords = 400 };

        Assert.True(DerivationJudge.IsWholeRewrite(retranslation, DerivationJudge.Fitted));
        Assert.Equal(Verdict.Wholly, DerivationJudge.Judge(retranslation));
        Assert.False(DerivationJudge.IsWholeRewrite(retranslation with { BigramContainment = 0.5 }, DerivationJudge.Fitted), "a covered article sharing its word pairs is left to the rules");
    }

    [Fact]
    public void An_article_without_words_is_not_derived()
    {
        Assert.Equal(Verdict.None, DerivationJudge.Judge(default));
    }

    [Fact]
    public void A_rule_refuses_the_wrong_number_of_measures()
    {
        var error = Assert.Throws<ArgumentException>(() => DerivationJudge.Fitted.Wholly.Probability([1.0, 2.0, 3.0]));

        Assert.Contains("expected 2 measures, got 3", error.Message, StringComparison.Ordinal);
    }
}
