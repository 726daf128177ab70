using Stemma.Extraction;
using Stemma.Judgement;
using Stemma.Text;

namespace Stemma.Alignment;

public sealed class ArticleComparerTests
{
    private const string Wire =
        "A magnitude 6.4 earthquake struck northern Varnia early on Tuesday, killing at least 212 people in the mountain town of Khrustavets.\n\n" +
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.\n\n" +
        "\"We will not stop until every collapsed building has been searched,\" interior minister Olena Horbach told reporters.\n\n" +
        "The quake's epicentre lay twelve kilometres below the Dravna valley, the national seismology institute said.";

    private static SegmentedArticle Article(string text, string id) =>
        Segmenter.Segment(ExtractionFixture.Extract(ExtractionFixture.PlainText(text, id)));

    [Fact]
    public void Compare_VerbatimCopyWithAnInsertedParagraph_IsWhollyDerivedWithVerbatimPassages()
    {
        var copy = Wire.Replace("\n\nThe quake's", "\n\nOur correspondent in the capital said shops had closed early.\n\nThe quake's", StringComparison.Ordinal);

        var comparison = new ArticleComparer().Compare(Article(copy, "copy"), [Article(Wire, "wire")]);

        Assert.Equal(Verdict.Wholly, comparison.Verdict);
        Assert.Contains(comparison.Passages, p => p.Kind == PassageKind.Verbatim);
        Assert.InRange(comparison.Coverage, 0.75, 1.0);
    }

    [Fact]
    public void Compare_CopyWithOwnParagraph_CountsTheOwnWordsAsUnalignedAndTheRestAsCopied()
    {
        var copy = Wire.Replace("\n\nThe quake's", "\n\nOur correspondent in the capital said shops had closed early.\n\nThe quake's", StringComparison.Ordinal);

        var evidence = new ArticleComparer().Compare(Article(copy, "copy"), [Article(Wire, "wire")]).Evidence;

        Assert.Equal(10, evidence.UnalignedWords); // "Our correspondent … closed early"
        Assert.Equal(10, evidence.UncopiedWords);
        Assert.Equal(evidence.Words - 10, (int)Math.Round(evidence.CopiedShare * evidence.Words));
        Assert.InRange(evidence.BigramContainment, 0.8, 0.95);
    }

    [Fact]
    public void Compare_RetranslationWithOtherSpellings_AlignsSentencesOneToOne()
    {
        const string retranslation =
            "An earthquake of magnitude 6.4 hit the north of Varnia on Tuesday morning and killed at least 212 people in the mountain town of Chrustawez.\n\n" +
            "Rescuers from neighbouring Lestria crossed the frontier at dawn with sniffer dogs and heavy lifting equipment.\n\n" +
            "\"We will not stop until every building that collapsed has been searched,\" said the interior minister Olena Gorbach.\n\n" +
            "The epicentre of the quake was twelve kilometres under the Dravna valley, according to the national seismology institute.";

        var comparison = new ArticleComparer().Compare(Article(retranslation, "retranslation"), [Article(Wire, "wire")]);

        var pairs = comparison.Passages.SelectMany(p => p.SentencePairs).ToList();
        foreach (var sentence in Enumerable.Range(0, 4))
        {
            var best = pairs.Where(p => p.TargetSentence == sentence).MaxBy(p => p.Similarity);
            Assert.NotNull(best);
            Assert.Equal(sentence, best.SourceSentence);
        }
        Assert.Equal(Verdict.Wholly, comparison.Verdict);
    }

    [Fact]
    public void Compare_UnrelatedArticle_IsNotDerivedAndHasNoPassages()
    {
        const string festival =
            "The harbour festival opened on Saturday with a parade of tall ships and a fish market along the quay.\n\n" +
            "Organisers expect forty thousand visitors over the weekend, most of them arriving by ferry.";

        var comparison = new ArticleComparer().Compare(Article(festival, "festival"), [Article(Wire, "wire")]);

        Assert.Equal(Verdict.None, comparison.Verdict);
        Assert.Empty(comparison.Passages);
    }

    [Fact]
    public void Compare_PassageSpans_SliceTheCopiedSentencesOutOfBothOriginals()
    {
        var copy = "Title: Copy\n\n" + Wire;
        var target = Article(copy, "copy");
        var source = Article(Wire, "wire");

        var comparison = new ArticleComparer().Compare(target, [source]);

        var passage = Assert.Single(comparison.Passages);
        Assert.Equal(Wire, copy.Substring(passage.Target.Start, passage.Target.Length));
        Assert.Equal(Wire, Wire.Substring(passage.Source.Start, passage.Source.Length));
    }

    [Fact]
    public void Compare_OneLooselySimilarSentencePairBetweenLongUnrelatedTexts_ReportsNoPassage()
    {
        const string target = "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs.";
        const string source = "Rescue workers from Lestria crossed the border before dawn with food and blankets.";
        static string Filler(string prefix, int i) => $"{prefix}vok{i} {prefix}drel{i} {prefix}satu{i} {prefix}ormel{i} {prefix}pask{i} {prefix}vintar{i}.";
        var longTarget = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => i == 15 ? target : Filler("ta", i)));
        var longSource = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => i == 10 ? source : Filler("so", i)));

        var alone = new ArticleComparer().Compare(Article(target, "t"), [Article(source, "s")]);
        var among = new ArticleComparer().Compare(Article(longTarget, "t"), [Article(longSource, "s")]);

        var pair = Assert.Single(alone.Passages);
        Assert.InRange(pair.Similarity, AlignmentOptions.Default.SeedThreshold, 0.75);
        Assert.Empty(among.Passages);
        var withoutRise = new ArticleComparer(AlignmentOptions.Default with { LoneSentenceRise = 0 }).Compare(Article(longTarget, "t"), [Article(longSource, "s")]);
        Assert.Single(withoutRise.Passages); // the pair is found; only its loneness among many pairs drops it
    }

    [Fact]
    public void Compare_SummaryTakingSentencesFromAllOverTheSource_IsOnePassage()
    {
        var taken = Wire.Split("\n\n");
        static string Filler(int i) => $"sovok{i} sodrel{i} sosatu{i} soormel{i} sopask{i} sovintar{i}.";
        var source = string.Join("\n\n", Enumerable.Range(0, 31).Select(i => i % 10 == 0 && i / 10 < taken.Length ? taken[i / 10] : Filler(i)));
        var summary = string.Join(" ", taken[..3]);

        var comparison = new ArticleComparer().Compare(Article(summary, "summary"), [Article(source, "source")]);

        var passage = Assert.Single(comparison.Passages);
        Assert.Equal((0, 20), passage.SourceSentences);
    }

    [Fact]
    public void Regression_memory_quadratic_in_repeats_one_sentence_repeated_on_both_sides_is_still_wholly_copied()
    {
        // Two 160 KB articles repeating one sentence 4,000 times took compare to 5.4 GB: every target copy
        // was scored and kept against every source copy. Now each target sentence scores at most a bounded few.
        var sentence = "The town council closed the old stone bridge after the river rose by two metres overnight. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 400));

        var comparison = new ArticleComparer().Compare(Article(text, "copy"), [Article(text, "wire")]);

        Assert.Equal(Verdict.Wholly, comparison.Verdict);
        Assert.InRange(comparison.Coverage, 0.95, 1.0);
    }

    [Fact]
    public void Regression_verbatim_runs_repeated_stop_words_give_no_run_and_no_re_extension()
    {
        // 8,000 repeated stop words made VerbatimRuns extend the same diagonal again from every position.
        var words = string.Concat(Enumerable.Repeat("the of and to in ", 1_000));

        var comparison = new ArticleComparer().Compare(Article(words, "t"), [Article(words, "s")]);

        Assert.DoesNotContain(comparison.Passages, p => p.Kind == PassageKind.Verbatim);
    }
}
