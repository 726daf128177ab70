namespace Stemma.Alignment;

public sealed class PassageMergerTests
{
    private static Passage Passage(int source, int targetStart, int targetLength, int sourceStart, int sourceLength, PassageKind kind = PassageKind.Rewrite, double similarity = 0.5) => new()
    {
        SourceIndex = source,
        Target = new TextSpan(targetStart, targetLength),
        Source = new TextSpan(sourceStart, sourceLength),
        Kind = kind,
        Similarity = similarity,
        VerbatimShare = kind == PassageKind.Verbatim ? 1 : 0,
        TargetSentences = (targetStart / 100, (targetStart + targetLength) / 100),
        SourceSentences = (sourceStart / 100, (sourceStart + sourceLength) / 100),
        SentencePairs = [new SentencePair(targetStart / 100, sourceStart / 100, similarity)],
        VerbatimRuns = [],
    };

    [Fact]
    public void Merge_AVerbatimRunJustAfterARewrite_IsOnePassageOverBoth()
    {
        var merged = PassageMerger.Merge([Passage(0, 0, 500, 1000, 480), Passage(0, 550, 120, 1520, 120, PassageKind.Verbatim, 1)], 200);

        var only = Assert.Single(merged);
        Assert.Equal(new TextSpan(0, 670), only.Target);
        Assert.Equal(new TextSpan(1000, 640), only.Source);
        Assert.Equal(PassageKind.Rewrite, only.Kind);
        Assert.Equal(2, only.SentencePairs.Count);
        Assert.InRange(only.Similarity, 0.5, 1);
    }

    [Fact]
    public void Merge_NeighboursOnTheTargetTakenFromFarApartInTheSource_StayTwo() =>
        Assert.Equal(2, PassageMerger.Merge([Passage(0, 0, 500, 0, 500), Passage(0, 550, 200, 5000, 200)], 200).Count);

    [Fact]
    public void Merge_PassagesFromTwoSources_StayApart() =>
        Assert.Equal(2, PassageMerger.Merge([Passage(0, 0, 500, 0, 500), Passage(1, 520, 200, 520, 200)], 200).Count);

    [Fact]
    public void Merge_GapZero_JoinsOnlyTouchingOrOverlappingPassages()
    {
        Assert.Single(PassageMerger.Merge([Passage(0, 0, 500, 0, 500), Passage(0, 500, 100, 500, 100)], 0));
        Assert.Equal(2, PassageMerger.Merge([Passage(0, 0, 500, 0, 500), Passage(0, 501, 100, 501, 100)], 0).Count);
    }
}
