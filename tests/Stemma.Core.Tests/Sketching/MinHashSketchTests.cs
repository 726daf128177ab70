namespace Stemma.Sketching;

public sealed class MinHashSketchTests
{
    private static ulong[] Features(params string[] words) => words.Select(w => StableHash.Of(w)).ToArray();

    [Fact]
    public void EstimateJaccard_IdenticalSets_IsOne()
    {
        var a = MinHashSketch.Create(Features("russia", "render", "yerevan", "assist"), SketchOptions.Default);
        var b = MinHashSketch.Create(Features("assist", "yerevan", "render", "russia", "russia"), SketchOptions.Default);
        Assert.Equal(1.0, a.EstimateJaccard(b));
        Assert.Equal(a.BandKeys(), b.BandKeys());
    }

    [Fact]
    public void EstimateJaccard_HalfOverlappingSets_IsNearTheTrueJaccard()
    {
        var options = SketchOptions.Default with { Hashes = 256, Bands = 128 };
        var shared = Enumerable.Range(0, 100).Select(i => $"w{i}").ToArray();
        var a = MinHashSketch.Create(Features([.. shared, .. Enumerable.Range(0, 100).Select(i => $"a{i}")]), options);
        var b = MinHashSketch.Create(Features([.. shared, .. Enumerable.Range(0, 100).Select(i => $"b{i}")]), options);
        Assert.InRange(a.EstimateJaccard(b), 1 / 3.0 - 0.1, 1 / 3.0 + 0.1);
    }

    [Fact]
    public void EstimateJaccard_SketchesWithDifferentSeeds_Refuses()
    {
        var a = MinHashSketch.Create(Features("quake"), SketchOptions.Default);
        var b = MinHashSketch.Create(Features("quake"), SketchOptions.Default with { Seed = 7 });
        Assert.Throws<ArgumentException>(() => a.EstimateJaccard(b));
    }

    [Fact]
    public void BandKeys_EmptySet_HasNoBands() =>
        Assert.Empty(MinHashSketch.Create([], SketchOptions.Default).BandKeys());

    [Fact]
    public void Validate_BandsThatDoNotDivideHashes_SaysWhatToFix()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => (SketchOptions.Default with { Hashes = 24, Bands = 5 }).Validate());
        Assert.Contains("divide", error.Message);
    }
}
