using Stemma.Judgement;
using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Text;

namespace Stemma.Semantics;

public sealed class SemanticPairSourceTests
{
    private const string Wire =
        "A magnitude 6.4 earthquake struck northern Varnia early on Tuesday, killing at least 212 people in the mountain town of Khrustavets.\n\n" +
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.\n\n" +
        "The quake's epicentre lay twelve kilometres below the Dravna valley, the national seismology institute said.";

    // The second wire sentence said again with none of its words: what a lexical index cannot pair.
    private const string Paraphrase = "Help came over from the country next door before sunrise, bringing hounds and cranes.";

    private static SegmentedArticle Article(string text, string id) =>
        Segmenter.Segment(ExtractionFixture.Extract(ExtractionFixture.PlainText(text, id)));

    private static SemanticPairSource Source(FakeEmbedder embedder, double minCosine = 0.75) =>
        new(new SentenceEmbeddings(embedder), new SemanticPairOptions { MinCosine = minCosine });

    /// <summary>The paraphrase near the second wire sentence (tilted away by <paramref name="tilt"/>), the other wire sentences far from both.</summary>
    private static FakeEmbedder ParaphraseNear(float tilt) => new(new Dictionary<string, float[]>
    {
        [Wire.Split("\n\n")[0]] = FakeEmbedder.Unit(8, 6),
        [Wire.Split("\n\n")[2]] = FakeEmbedder.Unit(8, 7),
        ["Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear."] = FakeEmbedder.Unit(8, 3),
        [Paraphrase] = FakeEmbedder.Unit(8, 3, tilt),
    });

    [Fact]
    public void Compare_WithEmbeddings_AlignsAParaphraseTheLexicalIndexMisses()
    {
        var target = Article(Paraphrase, "paraphrase");
        var source = Article(Wire, "wire");
        Assert.Empty(new ArticleComparer().Compare(target, [source]).Passages); // the premise: words alone find nothing

        var options = AlignmentOptions.Default with { ExtraPairs = Source(ParaphraseNear(0.1f)) };
        var comparison = new ArticleComparer(options).Compare(target, [source]);

        var pair = Assert.Single(Assert.Single(comparison.Passages).SentencePairs);
        Assert.Equal((0, 1), (pair.TargetSentence, pair.SourceSentence));
        Assert.InRange(pair.Similarity, 0.99, 1.0);
        Assert.True(comparison.Coverage > 0.9);
    }

    [Fact]
    public void Propose_NearestSourceBelowTheCosine_ProposesNothing()
    {
        var target = Article(Paraphrase, "paraphrase");
        var source = Article(Wire, "wire");

        // A tilt of 1.2 puts the two vectors at cosine 0.64.
        var pairs = Source(ParaphraseNear(1.2f)).Propose(target, source, new HashSet<int>());

        Assert.Empty(pairs);
    }

    [Fact]
    public void Propose_TargetSentencesTheIndexPaired_AreNotEmbedded()
    {
        var target = Article(Wire, "copy");
        var source = Article(Wire, "wire");
        var embedder = new FakeEmbedder();

        var pairs = Source(embedder).Propose(target, source, new HashSet<int> { 0, 1, 2 });

        Assert.Empty(pairs);
        Assert.Equal(0, embedder.Sentences);
    }

    [Fact]
    public void Compare_WithEmbeddings_KeepsTheLexicalPairOfASentenceTheIndexPaired()
    {
        var target = Article(Wire, "copy");
        var source = Article(Wire, "wire");
        // Every sentence embedded onto one axis: were proposals taken for paired sentences, each target
        // sentence would also pair with its nearest (the first) source sentence.
        var embedder = new FakeEmbedder(Wire.Split("\n\n").ToDictionary(s => s, _ => FakeEmbedder.Unit(8, 0)));

        var comparison = new ArticleComparer(AlignmentOptions.Default with { ExtraPairs = Source(embedder) }).Compare(target, [source]);

        var pairs = comparison.Passages.SelectMany(p => p.SentencePairs).Select(p => (p.TargetSentence, p.SourceSentence)).ToList();
        Assert.Equal([(0, 0), (1, 1), (2, 2)], pairs);
    }

    [Fact]
    public void SemanticPairOptions_CosineOutOfRange_IsRejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => new SemanticPairOptions { MinCosine = 1.5 }.Validate());
        Assert.ThrowsAny<ArgumentException>(() => new SemanticPairOptions { MinWords = 0 }.Validate());
    }

    [Fact]
    public void Compare_WithEmbeddings_MeasuresTheCosineOfTwoSentences()
    {
        var target = Article(Paraphrase, "paraphrase");
        var source = Article(Wire.Split("\n\n")[1], "wire-sentence");

        // A tilt of 1.2 puts the two vectors at cosine 1 / sqrt(1 + 1.44) = 0.64.
        var comparison = new ArticleComparer(AlignmentOptions.Default with { ExtraPairs = Source(ParaphraseNear(1.2f)) }).Compare(target, [source]);

        Assert.NotNull(comparison.Evidence.MeaningCosine);
        Assert.InRange(comparison.Evidence.MeaningCosine.Value, 0.62, 0.66);
    }

    [Fact]
    public void Cosine_OfASentenceAndAShortText_IsTakenWithTheMeanOfTheTextsSentences()
    {
        var target = Article(Wire.Split("\n\n")[1], "wire-sentence");
        var source = Article(Wire, "wire");

        // The source's three sentences lie on three orthogonal axes, one of them the target's: 1 / sqrt(3).
        var cosine = Source(ParaphraseNear(0)).Cosine(target, [source]);

        Assert.Equal(1 / Math.Sqrt(3), cosine, 2);
    }

    [Fact]
    public void Compare_WithoutEmbeddings_MeasuresNoCosine()
    {
        var comparison = new ArticleComparer().Compare(Article(Paraphrase, "paraphrase"), [Article(Wire, "wire")]);

        Assert.Null(comparison.Evidence.MeaningCosine);
    }

    [Fact]
    public void Compare_WithEmbeddings_ArticlesBeyondTheSentenceRule_AreNotEmbeddedWhole()
    {
        var longer = Wire + "\n\nAid agencies said thousands of families had spent the night outdoors in freezing rain, and that roads into the valley were still blocked by landslides.";
        var embedder = new FakeEmbedder();

        var comparison = new ArticleComparer(AlignmentOptions.Default with { ExtraPairs = Source(embedder) }).Compare(Article(longer, "longer"), [Article(Wire, "wire")]);

        Assert.Null(comparison.Evidence.MeaningCosine);
        Assert.True(comparison.Evidence.Words >= DerivationJudge.Built.Zones.ArticleFrom, $"{comparison.Evidence.Words} words");
    }
}
