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

    // Two sentences of about 20 words: one restating the other, one on the same topic in other words.
    // The aligner gives both a passage over the whole sentence (coverage 1), as it does for any related pair.
    private static readonly DerivationEvidence Restated = new(1, 0.6, 9, 0.88, AlignedShare: 1, CloseShare: 1, TrigramContainment: 0.55, BigramContainment: 0.7, Words: 21, UnalignedWords: 0, CopiedShare: 1, UncopiedWords: 0, TermContainment: 0.9, ReverseTermContainment: 0.85, ReverseBigramContainment: 0.7, SourceWords: 22);
    private static readonly DerivationEvidence SameTopic = new(1, 0, 3, 0.45, AlignedShare: 1, CloseShare: 0, TrigramContainment: 0.05, BigramContainment: 0.15, Words: 18, UnalignedWords: 0, CopiedShare: 0, UncopiedWords: 18, TermContainment: 0.4, ReverseTermContainment: 0.3, ReverseBigramContainment: 0.12, SourceWords: 27);

    [Fact]
    public void Short_texts_all_called_wholly_regression_a_sentence_on_the_same_topic_is_not_wholly_derived()
    {
        Assert.Equal(Verdict.Wholly, DerivationJudge.Judge(Restated));
        Assert.NotEqual(Verdict.Wholly, DerivationJudge.Judge(SameTopic));
    }

    [Fact]
    public void A_sentence_covered_by_one_passage_is_left_to_the_sentence_rule_not_the_whole_rewrite_rule()
    {
        Assert.True(DerivationJudge.IsWholeRewrite(SameTopic, DerivationJudge.Fitted), "coverage 1 with few shared word pairs looks like a rewrite");
        Assert.NotEqual(Verdict.Wholly, DerivationJudge.Judge(SameTopic));
    }

    [Fact]
    public void The_article_rules_judge_an_article_as_the_blended_verdict_does()
    {
        foreach (var article in new[] { Independent, Partial, Whole })
        {
            Assert.Equal(DerivationJudge.Judge(article, DerivationJudge.Fitted), DerivationJudge.Judge(article, DerivationJudge.Built));
        }
    }

    [Fact]
    public void Pair_measures_are_as_many_as_the_built_rules_weigh()
    {
        Assert.Equal(DerivationJudge.PairMeasureCount, DerivationJudge.PairMeasures(Restated).Length);
        Assert.Equal(DerivationJudge.PairMeasureCount, DerivationJudge.Built.Sentence.Weights.Count);
        Assert.Equal(DerivationJudge.PairMeasureCount, DerivationJudge.Built.Document.Weights.Count);
    }

    [Fact]
    public void Pair_measures_of_a_text_and_its_double_are_the_same_shares()
    {
        var twice = Restated with { Words = 42, SourceWords = 44, UnalignedWords = 0, UncopiedWords = 0, LongestRun = 18 };

        var once = DerivationJudge.PairMeasures(Restated);
        var doubled = DerivationJudge.PairMeasures(twice);

        // The shares (the first 15 measures) do not move with length; only the logged amounts do.
        Assert.Equal(once[..15], doubled[..15]);
        Assert.NotEqual(once[^1], doubled[^1]);
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

    /// <summary>A model whose meaning rule listens to the cosine alone: wholly from a cosine of 0.5 up, else none.</summary>
    private static readonly LengthModel CosineOnly = DerivationJudge.Built with
    {
        MeaningSentence = new LogisticRule(-10, [.. Enumerable.Repeat(0.0, DerivationJudge.PairMeasureCount), 20.0]),
        MeaningSentenceCut = 0.5,
    };

    [Fact]
    public void The_meaning_rule_judges_a_sentence_pair_only_when_its_cosine_was_measured()
    {
        Assert.Equal(Verdict.Wholly, DerivationJudge.Judge(Restated, CosineOnly)); // no cosine: the words-only rule
        Assert.Equal(Verdict.None, DerivationJudge.Judge(Restated with { MeaningCosine = 0.1 }, CosineOnly));
        Assert.NotEqual(Verdict.Wholly, DerivationJudge.Judge(SameTopic, CosineOnly));
        Assert.Equal(Verdict.Wholly, DerivationJudge.Judge(SameTopic with { MeaningCosine = 0.9 }, CosineOnly));
    }

    [Fact]
    public void The_meaning_rule_leaves_articles_to_the_article_rules()
    {
        foreach (var article in new[] { Independent, Partial, Whole })
        {
            Assert.Equal(DerivationJudge.Judge(article), DerivationJudge.Judge(article with { MeaningCosine = 0.0 }, CosineOnly));
            Assert.Equal(DerivationJudge.Judge(article), DerivationJudge.Judge(article with { MeaningCosine = 1.0 }, CosineOnly));
        }
    }

    [Fact]
    public void Meaning_measures_are_the_pair_measures_and_the_cosine_as_many_as_the_built_meaning_rule_weighs()
    {
        var measures = DerivationJudge.MeaningMeasures(Restated with { MeaningCosine = 0.83 });

        Assert.Equal(DerivationJudge.PairMeasures(Restated), measures[..^1]);
        Assert.Equal(0.83, measures[^1]);
        Assert.Equal(measures.Length, DerivationJudge.Built.MeaningSentence!.Weights.Count);
    }
}
