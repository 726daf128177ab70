namespace Stemma.Commands;

public class WebCommandsTests
{
    [Fact]
    public void Report_writes_one_html_file_with_the_story_tree_and_its_pairs()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Path.Combine(Repository.Samples, "quake"), "--db", db).ExitCode);
        var output = Path.Combine(folder.Path, "quake.html");

        var run = CliRun.Of("report", "1", "--db", db, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<svg class=\"tree\"", html);
        Assert.Contains("class=\"pair\" id=\"pair-", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void Report_of_a_bad_or_unknown_story_says_so()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(Repository.Samples, "quake"), "--db", db).ExitCode);

        var bad = CliRun.Of("report", "x1", "--db", db, "--out", Path.Combine(folder.Path, "r.html"));
        var unknown = CliRun.Of("report", "999", "--db", db, "--out", Path.Combine(folder.Path, "r.html"));

        Assert.Equal((1, 2), (bad.ExitCode, unknown.ExitCode));
        Assert.Contains("not a story number", bad.Error);
        Assert.Contains("no story 999", unknown.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.html")));
    }

    [Fact]
    public void Serve_without_a_store_exits_2_and_says_how_to_make_one()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("serve", "--db", Path.Combine(folder.Path, "none.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stemma analyze", run.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "none.db")));
    }

    [Fact]
    public void Serve_refuses_a_host_that_is_not_an_address()
    {
        var run = CliRun.Of("serve", "--host", "example.com; rm -rf", "--db", "x.db");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give an IP address", run.Error);
    }
}
