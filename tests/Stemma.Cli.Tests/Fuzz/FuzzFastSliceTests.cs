using System.Text.Json;
using Stemma.Fuzz;

namespace Stemma.Fuzz;

/// <summary>
/// The fuzzing suite's fast slice: small hostile files of every kind beside good articles, every command
/// run in-process over them, and hostile command lines. The long run (tools/Stemma.Fuzz) does the same at
/// scale, each command in its own process with a time limit.
/// </summary>
public class FuzzFastSliceTests
{
    [Theory]
    [InlineData(1)]
    public void Every_command_over_hostile_files_gives_results_or_diagnostics_and_keeps_the_good_articles(int seed)
    {
        using var folder = new TempFolder();
        var generator = new HostileInputs(seed);
        var goods = Enumerable.Range(0, 3).Select(generator.Good).ToList();
        foreach (var file in goods.Concat(HostileInputs.Kinds.Select((kind, i) => generator.Make(kind, i, big: false))))
        {
            folder.WriteBytes(Path.Combine("in", file.Name), file.Bytes);
        }
        var input = Path.Combine(folder.Path, "in");
        var db = Path.Combine(folder.Path, "s.db");
        var ids = goods.Select(g => Path.GetFileNameWithoutExtension(g.Name)).ToList();
        var pairs = folder.Write("in/pairs.tsv", string.Join("\n", Directory.GetFiles(input).Select(f => $"{goods[0].Name}\t{Path.GetFileName(f)}")));

        var extract = Checked("extract", input, "--json");
        Assert.All(ids, id => Assert.Contains($"\"id\":\"{id}\"", extract.Out));
        Checked("analyze", input, "--db", db, "--json");
        var stories = Checked("stories", "--db", db, "--json");
        var stored = stories.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("name").GetString())).ToList();
        Assert.All(ids, id => Assert.Contains(id, stored));
        foreach (var line in stories.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Checked("story", JsonDocument.Parse(line).RootElement.GetProperty("id").GetRawText(), "--db", db, "--json");
        }
        Checked("trace", ids[0], "--db", db, "--json");
        var compare = Checked("compare", "--batch", pairs, "--json");
        Assert.Equal(File.ReadAllLines(pairs).Count(l => !l.StartsWith('#')), compare.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Checked("lexicon", "learn", "--batch", pairs, "--out", Path.Combine(folder.Path, "lexicon.tsv"));
        for (var i = 0; i < 40; i++)
        {
            Checked(generator.CommandLine(input, db));
        }
    }

    /// <summary>Runs a command in-process; it must end with a result or diagnostics, never an unexpected exception.</summary>
    private static CliRun Checked(params string[] args)
    {
        var run = CliRun.Of(args);
        var shown = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] : a));
        Assert.True(run.ExitCode is >= 0 and <= 3, $"stemma {shown}: exit {run.ExitCode}: {run.Error}");
        Assert.DoesNotContain("\n   at ", run.Error);
        return run;
    }
}
