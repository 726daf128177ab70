using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Stemma.Benchmarks;

namespace Stemma.Commands;

public class IngestKillTests
{
    private const int Articles = 6000;

    [Fact]
    public void An_ingest_killed_midway_loses_nothing_committed_and_a_rerun_stores_every_article_once()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        new SyntheticCorpus(seed: 3).WriteJsonLines(corpus, Articles, perFile: 500);
        var db = Path.Combine(folder.Path, "kill.db");

        using (var first = Start(corpus, db))
        {
            var stored = 0L;
            var clock = Stopwatch.StartNew();
            while (stored == 0 && !first.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
                stored = File.Exists(db) ? TryCount(db) : 0;
            }
            Assert.False(first.HasExited, "the ingest finished before it could be killed; make the corpus larger");
            first.Kill(entireProcessTree: true); // SIGKILL on Linux
            first.WaitForExit();
            Assert.InRange(TryCount(db), 1, Articles - 1);
        }

        using var second = Start(corpus, db);
        second.WaitForExit();

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Articles, Query(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Query(db, "SELECT count(DISTINCT key) FROM articles"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sentences s WHERE s.article_id = a.id)"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_search_docsize d WHERE d.id = a.id)"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)"));
    }

    [Fact]
    public void An_ingest_killed_several_times_at_random_moments_reruns_to_every_article_once()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        new SyntheticCorpus(seed: 5).WriteJsonLines(corpus, Articles, perFile: 500);
        var db = Path.Combine(folder.Path, "kills.db");
        var random = new Random(1212); // seeded: the same moments on every run
        var kills = 0;
        var stored = 0L;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var run = Start(corpus, db);
            // Wait for this run to commit something new, then a little more (0-250 ms), then SIGKILL it.
            var clock = Stopwatch.StartNew();
            var before = stored;
            while (!run.HasExited && TryCount(db) <= before && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(10);
            }
            Thread.Sleep(random.Next(0, 250));
            if (run.HasExited)
            {
                break; // it finished first: the rerun below still has to find every article once
            }
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
            kills++;
            stored = TryCount(db);
            Assert.InRange(stored, before, Articles);
        }

        using var last = Start(corpus, db);
        last.WaitForExit();

        Assert.True(kills >= 2, $"only {kills} kill(s) landed before the ingest finished; make the corpus larger");
        Assert.Equal(0, last.ExitCode);
        Assert.Equal(Articles, Query(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Query(db, "SELECT count(DISTINCT key) FROM articles"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sentences s WHERE s.article_id = a.id)"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_search_docsize d WHERE d.id = a.id)"));
        Assert.Equal(0, Query(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)"));
    }

    private static Process Start(string corpus, string db)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "stemma.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "ingest", corpus, "--db", db })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long TryCount(string db)
    {
        try
        {
            return Query(db, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0; // the store is still being created
        }
    }

    private static long Query(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
