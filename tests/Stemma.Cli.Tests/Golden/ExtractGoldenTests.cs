namespace Stemma.Golden;

public sealed class ExtractGoldenTests
{
    [Theory]
    [InlineData("samples/quake/02-syndicated-valleypost.txt", "extract-syndicated-copy.txt")]
    [InlineData("samples/other/harbour-festival.html", "extract-html-page.txt")]
    public void Extract_SampleArticle_PrintsTheReviewedTerminalView(string sample, string golden)
    {
        var run = CliRun.Of("extract", Path.Combine(GoldenFile.RepositoryRoot, sample));

        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertMatches(golden, run.Out.Replace(GoldenFile.RepositoryRoot + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }
}
