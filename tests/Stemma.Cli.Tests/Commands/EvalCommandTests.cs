namespace Stemma.Commands;

public sealed class EvalCommandTests
{
    [SharedDataFact("eval-data/snowball-english")]
    public void EvalStemmer_ReferenceData_PrintsExactMatchOverEveryWord()
    {
        var run = CliRun.Of("eval", "stemmer", SharedData.EvalData("snowball-english")!);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stemmer exact match: 42,649 / 42,649", run.Out);
    }

    [Fact]
    public void EvalStemmer_FolderWithoutReferenceFiles_ExitsWithBadInputAndSaysWhatIsNeeded()
    {
        var run = CliRun.Of("eval", "stemmer", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("voc.txt", run.Error);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extract", run.Out);
        Assert.Contains("eval", run.Out);
    }
}
