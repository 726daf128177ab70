using System.Diagnostics;
using System.Text.Json;

namespace Stemma.Commands;

/// <summary>Regression tests for the crashes and hangs hostile input gave (issue 12), each named after its failure.</summary>
public class HostileInputTests
{
    private const string Article = "Title: Test\n\nThe river rose by two metres overnight and the town council closed the bridge. Officials said the water would fall by Friday.\n";

    [Fact]
    public void Regression_ArgumentException_empty_string_as_a_path_is_bad_usage_in_one_line()
    {
        var run = CliRun.Of("extract", "");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Contains("empty string", run.Error);
    }

    [Fact]
    public void Regression_response_file_a_file_named_at_x_txt_is_read_as_a_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("@x.txt", Article);

        var run = CliRun.Of("extract", file, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("@x", JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Regression_DirectoryNotFoundException_lexicon_learn_out_into_a_missing_folder_is_said_before_learning()
    {
        using var folder = new TempFolder();
        var batch = folder.Write("pairs.tsv", "a.txt\tb.txt\n");

        var run = CliRun.Of("lexicon", "learn", "--batch", batch, "--out", Path.Combine(folder.Path, "missing", "lexicon.tsv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Regression_InvalidOperationException_lone_surrogates_in_jsonl_are_replaced_and_reported()
    {
        using var folder = new TempFolder();
        var file = folder.Write("s.jsonl", "{\"id\":\"s1\",\"text\":\"Bad \\ud800 text and \\udfff here, a pair \\ud83d\\ude00 stays. The council met on Friday.\"}\n{\"id\":\"s2\",\"text\":\"A good line about the river and the bridge.\"}\n");

        var run = CliRun.Of("extract", file, "--json");

        Assert.Equal(0, run.ExitCode);
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["s1", "s2"], ids.Select(e => e.GetProperty("id").GetString()));
        Assert.Contains("\uFFFD", ids[0].GetProperty("text").GetString());
        Assert.Contains("\U0001F600", ids[0].GetProperty("text").GetString());
        Assert.Contains("lone surrogate", run.Error);
    }

    [Fact]
    public void Regression_InvalidOperationException_lone_surrogates_in_compare_batch_do_not_end_the_batch()
    {
        using var folder = new TempFolder();
        folder.Write("t.jsonl", "{\"id\":\"t\",\"text\":\"The river rose by two metres \\ud800 overnight and the council closed the bridge.\"}\n");
        folder.Write("s.txt", Article);
        var batch = folder.Write("pairs.tsv", "t.jsonl\ts.txt\n");

        var run = CliRun.Of("compare", "--batch", batch, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("AggregateException", run.Error);
        Assert.True(JsonDocument.Parse(run.Out).RootElement.TryGetProperty("verdict", out _));
    }

    [Fact]
    public void Regression_ArgumentException_non_finite_numbers_huge_figures_print_as_json()
    {
        using var folder = new TempFolder();
        var digits = new string('9', 5000);
        var text = $"Police said {digits} people and 1e308 trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion people were there. Officials said 12 people were hurt.";
        var a = folder.Write("a/a.txt", "Title: A\n\n" + text + "\n");
        folder.Write("a/b.txt", "Title: B\n\n" + text + " The mayor said the bridge was closed.\n");
        var db = Path.Combine(folder.Path, "s.db");

        var run = CliRun.Of("analyze", Path.GetDirectoryName(a)!, "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.All(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public void Regression_OutOfMemoryException_a_symlink_to_dev_zero_is_refused_at_the_size_cap()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no /dev/zero
        }
        using var folder = new TempFolder();
        folder.Write("good.txt", Article);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.txt"), "/dev/zero");

        var run = CliRun.Of("extract", folder.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("zero.txt: rejected: over the", run.Error);
        Assert.Equal("good", JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("zero.jsonl")]
    [InlineData("zero.jsonl.gz")]
    public void Regression_OutOfMemoryException_a_streamed_archive_that_is_dev_zero_stops_at_the_line_cap(string name)
    {
        // Archives are streamed with no file-size limit; a line (one article) still has the file cap, so an
        // endless line ends the file with a diagnostic instead of growing until memory runs out.
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        folder.Write("good.txt", Article);
        File.CreateSymbolicLink(Path.Combine(folder.Path, name), "/dev/zero");

        var run = CliRun.Of("extract", folder.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{name}", run.Error);
        Assert.Equal("good", JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Regression_KeyNotFoundException_eval_ecb_on_a_folder_of_other_json_lines_is_bad_input_in_one_line()
    {
        // Found by the long fuzzing run: a folder whose .jsonl is not ECB+ stopped with KeyNotFoundException, exit 4.
        using var folder = new TempFolder();
        folder.Write("articles.jsonl", "{\"id\": \"a\", \"text\": \"Some text.\"}\n");

        var run = CliRun.Of("eval", "ecb", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("articles.jsonl:1: not an ECB+ line (no 'doc'", run.Error);
        Assert.DoesNotContain("KeyNotFound", run.Error);
    }

    [Fact]
    public void Regression_database_or_disk_is_full_a_full_disk_is_one_line_saying_what_is_kept()
    {
        // A full disk printed SQLite's 'database or disk is full' as a stack trace.
        var full = new Microsoft.Data.Sqlite.SqliteException("SQLite Error 13: 'database or disk is full'.", 13);

        var line = Stemma.Cli.Failures.Describe("stemma ingest", new AggregateException(full));

        Assert.StartsWith("stemma ingest: the disk is full", line);
        Assert.Contains("what was committed is kept", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Regression_PathTooLongException_a_folder_tree_deeper_than_the_path_limit_is_reported_and_the_rest_read()
    {
        // The folder walk ended the whole run with PathTooLongException on a tree deeper than PATH_MAX (4,096).
        if (!OperatingSystem.IsLinux())
        {
            return; // the tree is built with relative mkdir/cd, past the limit only Linux paths have
        }
        using var folder = new TempFolder();
        folder.Write("good.txt", Article);
        var name = new string('d', 200);
        // Each step is relative, so no single call sees the whole path: 30 levels of 200 characters is over 6,000.
        using (var make = Process.Start(new ProcessStartInfo("bash", ["-c", $"cd '{folder.Path}' && for i in $(seq 30); do mkdir {name} && cd {name}; done && printf 'Title: Deep\\n\\nToo deep to reach.\\n' > deep.txt"]) { UseShellExecute = false })!)
        {
            make.WaitForExit();
            Assert.Equal(0, make.ExitCode);
        }

        CliRun run;
        try
        {
            run = CliRun.Of("extract", folder.Path, "--json");
        }
        finally
        {
            // .NET's own recursive delete cannot reach past the limit either; rm walks it relative to each folder.
            using var remove = Process.Start("rm", ["-rf", Path.Combine(folder.Path, name)]);
            remove.WaitForExit();
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("good", JsonDocument.Parse(run.Out.Split('\n')[0]).RootElement.GetProperty("id").GetString());
        Assert.Contains(": rejected: folder not read:", run.Error);
        Assert.DoesNotContain("PathTooLong", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Regression_hang_a_fifo_in_a_folder_is_skipped_not_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and the non-blocking open are Linux-specific here
        }
        using var folder = new TempFolder();
        folder.Write("good.txt", Article);
        var fifo = Path.Combine(folder.Path, "pipe.txt");
        using (var make = Process.Start("mkfifo", fifo))
        {
            make.WaitForExit();
        }

        var run = CliRun.Of("ingest", folder.Path, "--db", Path.Combine(folder.Path, "s.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pipe.txt: rejected: not a regular file", run.Error);
        Assert.Contains("1 read, 1 new", run.Out);
    }

    [Fact]
    public void Regression_walk_explosion_symlink_loops_are_walked_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        folder.Write("a/one.txt", Article);
        folder.Write("b/two.txt", Article.Replace("river", "canal", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "loop"), ".");

        var run = CliRun.Of("extract", folder.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["one", "two"], ids);
    }

    [Fact]
    public void Regression_walk_explosion_symlink_loops_under_a_path_through_a_missing_folder_are_walked_once()
    {
        // Found by the long fuzz run: "FOLDER/missing/.." is FOLDER to .NET but nothing to realpath(3), so no
        // real path resolved and the loops were followed at every level (3.4 GB, killed at 60 s).
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        folder.Write("a/one.txt", Article);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop"), ".");

        var run = CliRun.Of("extract", Path.Combine(folder.Path, "missing", ".."), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Stories_json_lists_each_storys_article_ids()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Repository.Samples, "--db", db).ExitCode);

        var run = CliRun.Of("stories", "--db", db, "--json");

        var stories = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var names = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("name").GetString())).ToList();
        Assert.Equal(8, names.Count);
        Assert.Contains("01-wire-northwire", names);
        Assert.All(stories, s => Assert.Equal(s.GetProperty("size").GetInt32(), s.GetProperty("articles").GetArrayLength()));
    }

    [Fact]
    public void Regression_ArgumentOutOfRange_start_a_stored_article_whose_body_start_is_past_its_text_is_skipped_and_named()
    {
        // Found by the fuzzing suite: a stored row whose body start lies past its text (a damaged or
        // inconsistent row) made `story` and `trace` fail in PlainTextLines.Split. The row is now left out and named (by the store's reader).
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Article);
        folder.Write("in/b.txt", Article.Replace("two metres", "three metres", StringComparison.Ordinal));
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("analyze", Path.Combine(folder.Path, "in"), "--db", db).ExitCode);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE articles SET body_start = 100000 WHERE name = 'b'";
            Assert.Equal(1, damage.ExecuteNonQuery());
        }
        var story = JsonDocument.Parse(CliRun.Of("trace", "a", "--db", db, "--json").Out).RootElement.GetProperty("story").GetInt64();

        var run = CliRun.Of("story", story.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--json");

        Assert.Equal(3, run.ExitCode);
        // The store's reader now names the row itself (table and id) before extraction would fail on it.
        Assert.Contains(": skipped, unreadable (body start 100000 lies outside its", run.Error);
        Assert.Contains("\"name\":\"a\"", run.Out);
    }

    [Fact]
    public void Regression_stored_original_cut_at_a_NUL_the_whole_text_is_stored()
    {
        // Found by the fuzzing suite: a header holding a NUL after a long title was stored cut short at the
        // NUL, and the article's body start then lay past its stored text.
        using var folder = new TempFolder();
        folder.Write("in/nul.txt", "Id: nul\nPublished: 2024-02-30\nTitle: " + new string('T', 5000) + "\nSource: \0\n\n" + Article);
        var db = Path.Combine(folder.Path, "s.db");
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(folder.Path, "in"), "--db", db).ExitCode);

        var run = CliRun.Of("story", "1", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("compare", "--batch")]
    [InlineData("lexicon", "learn", "--batch")]
    [InlineData("compare", "--lexicon")]
    public void Regression_ArgumentOutOfRange_minimumLength_a_batch_or_lexicon_file_that_is_a_device_is_refused(params string[] command)
    {
        // Found by the fuzzing suite: `--batch /dev/zero` read one endless line until it failed.
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Article);
        string[] args = command[^1] == "--lexicon" ? [.. command, "/dev/zero", file, file] : [.. command, "/dev/zero"];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/dev/zero: rejected: over the", run.Error);
    }
}
