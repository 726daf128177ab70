using System.Text.Json;

namespace Stemma.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Extract_Json_PrintsOneObjectPerArticleWithOriginalOffsets()
    {
        var original = "Title: Dam holds\nSource: Valley Courier\n\nThe dam held overnight. Schools reopen on\nWednesday, officials said.\n\nBy admin\n";
        var file = _folder.Write("dam.txt", original);

        var run = CliRun.Of("extract", file, "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out.Trim()).RootElement;
        Assert.Equal("dam", json.GetProperty("id").GetString());
        Assert.Equal("Dam holds", json.GetProperty("title").GetString());
        Assert.Equal("Valley Courier", json.GetProperty("source").GetString());
        var second = json.GetProperty("sentences")[1];
        var slice = original.Substring(second.GetProperty("offset").GetInt32(), second.GetProperty("length").GetInt32());
        Assert.Equal("Schools reopen on\nWednesday, officials said.", slice);
        var removed = json.GetProperty("removed")[0];
        Assert.Equal("byline", removed.GetProperty("reason").GetString());
        Assert.Equal(7, removed.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Extract_Terminal_ShowsTextSentencesAndRemovedLines()
    {
        var file = _folder.Write("dam.txt", "The dam held overnight.\n\nLeave a Comment\n");

        var run = CliRun.Of("extract", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The dam held overnight.", run.Out);
        Assert.Contains("Sentences (1)", run.Out);
        Assert.Contains("comment form", run.Out);
    }

    [Fact]
    public void Extract_SomeBadFiles_ReportsEachOnStderrAndStillSucceeds()
    {
        var good = _folder.Write("good.txt", "The dam held overnight.");
        var empty = _folder.Write("empty.txt", "");

        var run = CliRun.Of("extract", good, empty, Path.Combine(_folder.Path, "missing.txt"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Out.Trim().Split('\n'));
        Assert.Contains("empty.txt: rejected: empty body", run.Error);
        Assert.Contains("missing.txt: rejected: no such file", run.Error);
    }

    [Fact]
    public void Extract_NothingReadable_ExitsWithBadInput()
    {
        var run = CliRun.Of("extract", Path.Combine(_folder.Path, "missing.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error);
    }

    [Fact]
    public void Extract_NoArguments_IsBadUsage()
    {
        Assert.Equal(1, CliRun.Of("extract").ExitCode);
    }
}
