using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stemma.Commands;

/// <summary>
/// One bad row in a real store (damaged with plain SQL) no longer stops `stories`, `story` or `trace`: the
/// row is skipped or defaulted, named on stderr by table and row id, the rest is served, and the exit is 3.
/// </summary>
public class DamagedStoreTests
{
    [Fact]
    public void Regression_FormatException_a_corrupted_first_published_date_lists_every_story_and_names_the_row()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var story = Query(db, "SELECT story_id FROM articles WHERE name = '01-wire-northwire'");
        Damage(db, $"UPDATE stories SET first_published = 'not a date' WHERE id = {story}");

        var run = CliRun.Of("stories", "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(3, CliRun.Of("stories", "--db", db, "--json").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"stories {story}: first_published 'not a date' is not a date; read as undated", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Regression_FormatException_a_corrupted_published_date_shows_the_story_with_that_article_undated()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var article = Query(db, "SELECT id FROM articles WHERE name = '02-syndicated-valleypost'");
        Damage(db, $"UPDATE articles SET published = 'yesterday' WHERE id = {article}");

        var run = CliRun.Of("story", Query(db, $"SELECT story_id FROM articles WHERE id = {article}"), "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("02-syndicated-valleypost", run.Out);
        Assert.Contains("01-wire-northwire", run.Out);
        Assert.Contains($"articles {article}: published 'yesterday' is not a date; read as undated", run.Error);
    }

    [Fact]
    public void Regression_ArgumentException_an_unknown_edge_verdict_skips_that_edge_and_shows_the_rest_of_the_tree()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var story = Query(db, "SELECT story_id FROM articles WHERE name = '01-wire-northwire'");
        var edge = Query(db, $"SELECT source_id || ' → ' || target_id FROM edges WHERE story_id = {story} ORDER BY source_id, target_id LIMIT 1");
        var edges = int.Parse(Query(db, $"SELECT count(*) FROM edges WHERE story_id = {story}"), CultureInfo.InvariantCulture);
        Damage(db, $"UPDATE edges SET verdict = 'Bogus' WHERE story_id = {story} AND source_id || ' → ' || target_id = '{edge}'");

        var run = CliRun.Of("story", story, "--db", db, "--json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"edges {edge}: skipped, unreadable (unknown verdict 'Bogus')", run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(edges - 1, json.RootElement.GetProperty("edges").GetArrayLength());
        Assert.Equal(Query(db, $"SELECT count(*) FROM articles WHERE story_id = {story}"), json.RootElement.GetProperty("articles").GetArrayLength().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Regression_JsonException_broken_alignment_passages_skip_that_source_and_trace_the_others()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var target = Query(db, "SELECT target_id FROM alignments GROUP BY target_id HAVING count(*) > 1 ORDER BY target_id LIMIT 1");
        var source = Query(db, $"SELECT source_id FROM alignments WHERE target_id = {target} ORDER BY source_id LIMIT 1");
        Damage(db, $"UPDATE alignments SET passages = '{{not json' WHERE target_id = {target} AND source_id = {source}");

        var run = CliRun.Of("trace", "#" + target, "--db", db, "--json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"alignments {source} → {target}: skipped, unreadable", run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("article").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sources);
        Assert.DoesNotContain(source, sources);
    }

    [Fact]
    public void Regression_InvalidCastException_an_unknown_document_format_skips_that_article_and_shows_its_story_without_it()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var article = Query(db, "SELECT id FROM articles WHERE name = '04-opinion-eastwatch'");
        Damage(db, $"UPDATE articles SET format = 99 WHERE id = {article}");

        var run = CliRun.Of("story", Query(db, $"SELECT story_id FROM articles WHERE id = {article}"), "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"articles {article}: skipped, unreadable", run.Error);
        Assert.Contains("01-wire-northwire", run.Out);
        Assert.DoesNotContain("04-opinion-eastwatch", run.Out);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Regression_InvalidDataException_a_damaged_story_profile_is_left_out_of_the_index_and_ingest_goes_on()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        var article = Query(db, "SELECT id FROM articles WHERE name = '02-syndicated-valleypost'");
        Damage(db, $"UPDATE articles SET features = x'010203' WHERE id = {article}");
        var fresh = folder.Write("new.txt", "Title: Bridge reopens\n\nThe old stone bridge reopened to traffic on Monday after repairs to its piers.\n");

        var run = CliRun.Of("ingest", fresh, "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"articles {article}: left out of the story index, unreadable", run.Error);
        Assert.Equal("1", Query(db, "SELECT count(*) FROM articles WHERE name = 'new'"));
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Regression_FormatException_a_corrupted_story_date_does_not_stop_an_ingest()
    {
        using var folder = new TempFolder();
        var db = Analyzed(folder);
        Damage(db, "UPDATE stories SET last_published = 'soon' WHERE id = (SELECT max(id) FROM stories)");
        var fresh = folder.Write("new.txt", "Title: Bridge reopens\n\nThe old stone bridge reopened to traffic on Monday after repairs to its piers.\n");

        var run = CliRun.Of("ingest", fresh, "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("last_published 'soon' is not a date", run.Error);
        Assert.Equal("1", Query(db, "SELECT count(*) FROM articles WHERE name = 'new'"));
    }

    private static string Analyzed(TempFolder folder)
    {
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);
        return db;
    }

    private static string Query(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private static void Damage(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
