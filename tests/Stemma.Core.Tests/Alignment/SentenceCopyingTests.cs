using Stemma.Extraction;
using Stemma.Text;

namespace Stemma.Alignment;

public sealed class SentenceCopyingTests
{
    private const string Wire =
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.\n\n" +
        "They were joined by army engineers from the capital.\n\n" +
        "The quake's epicentre lay twelve kilometres below the Dravna valley, the national seismology institute said.";

    private static ArticleProfile Profile(string text, string id, Vocabulary vocabulary) =>
        ArticleProfile.Build(Segmenter.Segment(ExtractionFixture.Extract(ExtractionFixture.PlainText(text, id))), vocabulary, AlignmentOptions.Default.Sketch);

    private static IReadOnlyList<double> Ratios(string target)
    {
        var vocabulary = new Vocabulary();
        var targetProfile = Profile(target, "target", vocabulary);
        var source = Profile(Wire, "wire", vocabulary);
        var scorer = new SentenceScorer(vocabulary, TermWeights.Build(vocabulary, [targetProfile, source]), ParaphraseLexicon.BuiltIn);
        var copying = new SentenceCopying(targetProfile);
        copying.Observe(source, new SentenceIndex(source).FindSeeds(targetProfile, scorer, 0.2));
        return copying.Ratios;
    }

    [Fact]
    public void A_sentence_copied_with_one_word_cut_keeps_almost_all_its_words_in_order()
    {
        var ratios = Ratios("Rescue teams from Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.");

        Assert.Equal(1.0, Assert.Single(ratios), 3);
    }

    [Fact]
    public void A_sentence_merged_from_two_wire_sentences_is_measured_against_the_passage_around_its_match()
    {
        var ratios = Ratios("Rescue teams from Lestria crossed the border at dawn with sniffer dogs, joined by army engineers from the capital.");

        // All its words come, in order, from the first two wire sentences; neither alone holds them.
        Assert.Equal(1.0, Assert.Single(ratios), 3);
    }

    [Fact]
    public void The_same_facts_in_the_writer_own_words_keep_few_words_in_order()
    {
        var ratios = Ratios("Sniffer dogs and lifting equipment arrived with Lestrian rescuers, who had driven over the frontier before sunrise.");

        Assert.InRange(Assert.Single(ratios), 0.0, 0.5);
    }

    [Fact]
    public void A_sentence_no_candidate_pair_reaches_keeps_nothing()
    {
        var ratios = Ratios("The harbour festival opened on Saturday with a parade of tall ships.");

        Assert.Equal(0.0, Assert.Single(ratios));
    }

    [Fact]
    public void The_common_subsequence_skips_inserted_and_dropped_words_but_not_reordered_ones()
    {
        var vocabulary = new Vocabulary();
        var a = Profile("one two three four five six", "a", vocabulary).Words;
        var b = Profile("one inserted two four three five", "b", vocabulary).Words;

        Assert.Equal(4, new SentenceCopying(Profile("x", "x", vocabulary)).CommonSubsequence(a, b));
    }
}
