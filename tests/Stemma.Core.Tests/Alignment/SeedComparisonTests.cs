using Stemma.Judgement;
using Stemma.Pipeline;

namespace Stemma.Alignment;

/// <summary>The founding example: verdicts GOLD.md gives for the seeds' pairs.</summary>
public sealed class SeedComparisonTests
{
    private static Comparison Compare(string target, string source)
    {
        var seeds = SharedData.Seeds!;
        var outcome = new ComparePipeline().Compare(new CompareRequest(Seed(seeds, target), [Seed(seeds, source)]));
        return outcome.Comparison ?? throw new InvalidOperationException(outcome.Error);
    }

    private static string Seed(string folder, string prefix) => Directory.GetFiles(folder, prefix + "_*.txt").Single();

    [SharedDataTheory("seeds")]
    [InlineData("000", "001")]
    [InlineData("001", "000")]
    public void Compare_WireAndItsRetranslation_AreWhollyDerivedWithSentencesAlignedOneToOne(string target, string source)
    {
        var comparison = Compare(target, source);

        Assert.Equal(Verdict.Wholly, comparison.Verdict);
        var best = comparison.Passages.SelectMany(p => p.SentencePairs)
            .GroupBy(p => p.TargetSentence)
            .Select(g => g.MaxBy(p => p.Similarity)!)
            .ToList();
        var oneToOne = best.GroupBy(p => p.SourceSentence).Count(g => g.Count() == 1);
        Assert.True(oneToOne * 2 > comparison.Target.Sentences.Count, $"{oneToOne} of {comparison.Target.Sentences.Count} sentences aligned one to one");
    }

    [SharedDataTheory("seeds")]
    [InlineData("002", "001")]
    [InlineData("004", "003")]
    [InlineData("004", "001")]
    public void Compare_RewritesThatLiftSomePassages_ArePartiallyDerived(string target, string source) =>
        Assert.Equal(Verdict.Partially, Compare(target, source).Verdict);

    [SharedDataTheory("seeds")]
    [InlineData("003", "001")]
    [InlineData("000", "003")]
    [InlineData("002", "003")]
    public void Compare_IndependentReports_AreNotDerived(string target, string source) =>
        Assert.Equal(Verdict.None, Compare(target, source).Verdict);

    [SharedDataFact("seeds")]
    public void Compare_OpinionRewrite_FindsTheLiftedCavanaughQuote()
    {
        var comparison = Compare("002", "001");
        var original = comparison.Target.Article.Document.Original;
        Assert.Contains(comparison.Passages, p => original.Substring(p.Target.Start, p.Target.Length).Contains("significant escalation", StringComparison.Ordinal));
    }
}
