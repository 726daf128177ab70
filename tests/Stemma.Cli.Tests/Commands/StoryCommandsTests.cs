using System.Text.Json;
using Stemma.Golden;

namespace Stemma.Commands;

public class StoryCommandsTests
{
    [Fact]
    public void Analyze_prints_each_story_of_the_samples_with_its_tree()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");

        var run = CliRun.Of("analyze", Repository.Samples, "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("8 read, 8 new, 0 updated, 0 unchanged, 0 rejected", run.Out);
        Assert.Contains("3 stories in these articles:", run.Out);
        Assert.Contains("└ 02-syndicated-valleypost", run.Out);
        Assert.Contains("independent (nothing taken from the others):\n  2021-saldera-earthquake", run.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Story_shows_the_quake_tree_as_reviewed()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var id = StoryOf(db, "01-wire-northwire");

        var run = CliRun.Of("story", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);

        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertMatches("story-samples-quake.txt", run.Out);
    }

    [Fact]
    public void Story_json_gives_roles_and_edges_with_reasons()
    {
        using var json = QuakeStoryJson();
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("role").GetString());
        Assert.Equal("origin", articles["01-wire-northwire"]);
        Assert.Equal("derived", articles["02-syndicated-valleypost"]);
        Assert.All(json.RootElement.GetProperty("edges").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("reasons").GetArrayLength()));
    }

    [Fact]
    public void Story_json_carries_the_claims_with_offsets_into_the_original_files()
    {
        using var json = QuakeStoryJson();
        var claims = json.RootElement.GetProperty("claims");
        var versions = claims.GetProperty("quotes").EnumerateArray().SelectMany(q => q.GetProperty("versions").EnumerateArray()).ToList();
        var withstand = Assert.Single(versions, v => v.GetProperty("change").GetString() == "changed-words");
        Assert.Equal("04-opinion-eastwatch", withstand.GetProperty("article").GetString());
        Assert.Contains(withstand.GetProperty("diff").EnumerateArray(), d => d.GetProperty("op").GetString() == "added" && d.GetProperty("text").GetString()!.StartsWith("withstand", StringComparison.Ordinal));
        var original = File.ReadAllText(Path.Combine(Repository.Samples, "quake", "04-opinion-eastwatch.txt"));
        var quoted = original.Substring(withstand.GetProperty("offset").GetInt32(), withstand.GetProperty("length").GetInt32());
        Assert.StartsWith("the aftershocks could go on", quoted, StringComparison.Ordinal);
        var deaths = Assert.Single(claims.GetProperty("numbers").EnumerateArray(), g => g.GetProperty("measure").GetString() == "deaths" && g.GetProperty("era").ValueKind == JsonValueKind.Null);
        Assert.True(deaths.GetProperty("disagree").GetBoolean());
        Assert.NotEqual(0, claims.GetProperty("names").GetArrayLength());
    }

    /// <summary>`stemma story ID --json` for the samples' quake story, in a fresh store.</summary>
    private static JsonDocument QuakeStoryJson()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var run = CliRun.Of("story", StoryOf(db, "01-wire-northwire").ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--json");
        return JsonDocument.Parse(run.Out);
    }

    [Fact]
    public void Stories_json_lists_one_story_a_line()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);

        var run = CliRun.Of("stories", "--db", db, "--json");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([6, 1, 1], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("size").GetInt32()));
    }

    [Fact]
    public void Trace_names_the_parent_and_the_passages_with_offsets_that_slice_the_original_file()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);

        var run = CliRun.Of("trace", "02-syndicated-valleypost", "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var parent = Assert.Single(json.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("parent").GetBoolean());
        Assert.Equal("01-wire-northwire", parent.GetProperty("article").GetProperty("name").GetString());
        Assert.Equal("wholly", parent.GetProperty("verdict").GetString());
        var passage = parent.GetProperty("passages")[0];
        var target = File.ReadAllText(Path.Combine(Repository.Samples, "quake", "02-syndicated-valleypost.txt"));
        var source = File.ReadAllText(Path.Combine(Repository.Samples, "quake", "01-wire-northwire.txt"));
        var targetText = target.Substring(passage.GetProperty("targetOffset").GetInt32(), passage.GetProperty("targetLength").GetInt32());
        var sourceText = source.Substring(passage.GetProperty("sourceOffset").GetInt32(), passage.GetProperty("sourceLength").GetInt32());
        Assert.Equal(FirstWords(sourceText), FirstWords(targetText));
    }

    [Fact]
    public void Reading_commands_on_a_missing_store_exit_2_and_say_how_to_make_one()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("stories", "--db", Path.Combine(folder.Path, "none.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stemma ingest", run.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "none.db")));
    }

    [Fact]
    public void An_unknown_story_or_article_exits_2_with_the_reason()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);

        var story = CliRun.Of("story", "999", "--db", db);
        var trace = CliRun.Of("trace", "no-such-article", "--db", db);

        Assert.Equal((2, 2), (story.ExitCode, trace.ExitCode));
        Assert.Contains("no story 999", story.Error);
        Assert.Contains("no article 'no-such-article'", trace.Error);
    }

    [Fact]
    public void A_postgresql_connection_string_is_refused_as_not_built_yet()
    {
        var run = CliRun.Of("ingest", Repository.Samples, "--db", "Host=localhost;Database=stemma");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PostgreSQL", run.Error);
    }

    private static string Analyzed(TempFolder folder)
    {
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);
        return db;
    }

    private static long StoryOf(string db, string article)
    {
        var run = CliRun.Of("trace", article, "--db", db, "--json");
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("story").GetInt64();
    }

    private static string FirstWords(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(5));
}
