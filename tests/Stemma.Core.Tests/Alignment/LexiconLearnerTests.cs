namespace Stemma.Alignment;

public sealed class LexiconLearnerTests
{
    [Fact]
    public void A_word_replaced_between_kept_words_is_a_candidate_pair_of_stems()
    {
        var pairs = LexiconLearner.Substitutions(
            "Russia will render Yerevan all necessary assistance.",
            "Russia will provide Yerevan all necessary assistance.").ToList();

        Assert.Equal([("provid", "render")], pairs);
    }

    [Fact]
    public void Names_numbers_several_words_and_changes_at_the_edges_are_not_learned()
    {
        Assert.Empty(LexiconLearner.Substitutions("The minister Horbach said it.", "The minister Gorbach said it."));
        Assert.Empty(LexiconLearner.Substitutions("At least 212 people died there.", "At least 214 people died there."));
        Assert.Empty(LexiconLearner.Substitutions("Rescuers reached the town today.", "Rescuers reached the mountain village today."));
        Assert.Empty(LexiconLearner.Substitutions("Rescuers reached the town.", "Rescuers reached the village."));
    }

    [Fact]
    public void Stop_words_around_a_replacement_do_not_hide_it()
    {
        var pairs = LexiconLearner.Substitutions("Teams began the search at dawn.", "Teams started a search at dawn.").ToList();

        Assert.Equal([("began", "start")], pairs);
    }

    [Fact]
    public void A_pair_is_learned_once_enough_sentence_pairs_attest_it_and_grows_stronger_with_more()
    {
        var learner = new LexiconLearner(minEvidence: 2);
        learner.Observe("The court heard the case on Monday.", "The court considered the case on Monday.");
        Assert.Equal(0, learner.Learn().Count);

        learner.Observe("Judges heard the appeal last week.", "Judges considered the appeal last week.");
        var lexicon = learner.Learn();
        Assert.Equal(0.5, lexicon.Strength("heard", "consid"));
        Assert.Equal(0.5, lexicon.Strength("consid", "heard"));

        learner.Observe("The panel heard evidence for hours.", "The panel considered evidence for hours.");
        learner.Observe("Jurors heard testimony from police.", "Jurors considered testimony from police.");
        Assert.Equal(0.6, learner.Learn().Strength("heard", "consid"), 3);
        Assert.Equal(4, learner.SentencePairs);
    }

    [Fact]
    public void A_learned_lexicon_survives_saving_and_loading()
    {
        var learner = new LexiconLearner(minEvidence: 1);
        learner.Observe("Officials will begin talks soon.", "Officials will start talks soon.");
        var writer = new StringWriter();

        learner.Learn().Save(writer);
        var loaded = ParaphraseLexicon.Load(new StringReader(writer.ToString()), "learned.tsv");

        Assert.Equal(0.5, loaded.Strength("begin", "start"));
        Assert.Equal(1, loaded.Pairs.Single().Evidence);
    }

    [Fact]
    public void Settings_out_of_range_are_refused_with_what_to_fix()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconLearner(minEvidence: 0));

        Assert.Contains("minEvidence", error.Message, StringComparison.Ordinal);
    }
}
