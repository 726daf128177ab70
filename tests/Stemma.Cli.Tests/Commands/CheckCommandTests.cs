using Microsoft.Data.Sqlite;

namespace Stemma.Commands;

public class CheckCommandTests
{
    [Fact]
    public void Check_of_a_sound_store_says_ok()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);

        var run = CliRun.Of("check", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": ok (8 articles in 3 stories)", run.Out);
    }

    [Fact]
    public void Check_names_each_damaged_row()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);
        Damage(db, "UPDATE articles SET body_start = 99999 WHERE name = '02-syndicated-valleypost'",
            "UPDATE edges SET verdict = 'Bogus' WHERE (source_id, target_id) = (SELECT source_id, target_id FROM edges ORDER BY source_id, target_id LIMIT 1)",
            "UPDATE alignments SET passages = '{not json' WHERE (target_id, source_id) = (SELECT target_id, source_id FROM alignments ORDER BY target_id, source_id LIMIT 1)",
            "UPDATE articles SET published = 'yesterday' WHERE name = '01-wire-northwire'");

        var run = CliRun.Of("check", "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("body start 99999 lies outside", run.Out);
        Assert.Contains("unknown verdict 'Bogus'", run.Out);
        Assert.Contains("its passages are unreadable", run.Out);
        Assert.Contains("publication time 'yesterday' unreadable", run.Out);
        Assert.Contains("4 problems found", run.Out);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public void Regression_malformed_store_a_garbage_or_truncated_store_file_is_refused_naming_the_file(string damage)
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(db);
        File.WriteAllBytes(db, damage == "garbage" ? [.. Enumerable.Range(0, bytes.Length).Select(i => (byte)(i * 31))] : bytes[..(bytes.Length / 3)]);
        File.Delete(db + "-wal");
        File.Delete(db + "-shm");

        foreach (var args in new[] { new[] { "check", "--db", db }, ["stories", "--db", db], ["story", "1", "--db", db], ["ingest", Repository.Samples, "--db", db] })
        {
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode is 2 or 3, $"{args[0]}: exit {run.ExitCode}: {run.Error}");
            Assert.Contains("s.db", run.Error + run.Out);
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    private static void Damage(string db, params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.Equal(1, command.ExecuteNonQuery());
        }
    }
}
