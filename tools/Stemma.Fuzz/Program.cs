using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Stemma.Fuzz;

// The fuzzing suite's long run: hostile files of every kind in batches beside good articles, every command run
// over them as a separate process with a time limit, good items checked by id, peak memory sampled.
//   dotnet run -c Release --project tools/Stemma.Fuzz -- [--inputs 10000] [--seed 12] [--per-batch 50] [--limit 60] [--big 1]
// (--big 0 skips the full-size blow-ups; a batch folder that showed a problem is kept under /tmp/stemma-fuzz-SEED.)
var inputs = Option("--inputs", 10_000);
var seed = Option("--seed", 12);
var perBatch = Option("--per-batch", 50);
var limit = TimeSpan.FromSeconds(Option("--limit", 60));
var dll = Path.Combine(AppContext.BaseDirectory, "stemma.dll");
var work = Path.Combine(Path.GetTempPath(), $"stemma-fuzz-{seed}");
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}
Directory.CreateDirectory(work);
var generator = new HostileInputs(seed);
var tally = new Tally();
var clock = Stopwatch.StartNew();

// The hangs and blow-ups, which must each finish in under 10 s at full size; the other kinds are
// bounded by the time limit and reported with the slowest command.
string[] BlowUps = ["deep-html", "repeated-sentence", "stop-words", "many-quotes", "many-figures", "abbreviations", "digits", "entity-bomb"];

// 1. Blow-ups: each kind once at full size, alone, every command bounded (the "under 10 s" items).
foreach (var kind in Option("--big", 1) == 1 ? HostileInputs.Kinds : [])
{
    var folder = Path.Combine(work, "big-" + kind);
    Directory.CreateDirectory(folder);
    var file = generator.Make(kind, 0, big: true);
    var path = Write(folder, file);
    var good = Write(folder, generator.Good(0));
    tally.Inputs++;
    foreach (var command in new[] { ["extract", path, "--json"], new[] { "compare", path, good }, ["analyze", folder, "--db", Path.Combine(folder, "s.db"), "--json"] })
    {
        var run = tally.Record(CommandRun.Start(dll, command, limit), kind);
        if (run.Elapsed > TimeSpan.FromSeconds(10) && BlowUps.Contains(kind))
        {
            tally.Slow.Add($"{kind}: {command[0]} took {run.Elapsed.TotalSeconds:0.0} s");
        }
    }
}

// 2. Batches: hostile files of every kind beside good articles and special files; every command over them.
var batch = 0;
while (tally.Inputs < inputs)
{
    batch++;
    var folder = Path.Combine(work, $"b{batch}");
    var problemsBefore = tally.Problems;
    Directory.CreateDirectory(folder);
    var goods = Enumerable.Range(0, 3).Select(i => generator.Good(batch * 10 + i)).ToList();
    var goodPaths = goods.Select(g => Write(folder, g)).ToList();
    var ids = goods.Select(g => Path.GetFileNameWithoutExtension(g.Name)).ToList();
    var hostile = new List<string>();
    for (var i = 0; i < perBatch && tally.Inputs < inputs; i++)
    {
        hostile.Add(Write(folder, generator.Make(HostileInputs.Kinds[generator.Next(HostileInputs.Kinds.Length)], batch * 1000 + i, big: false)));
        tally.Inputs++;
    }
    SpecialFiles(folder, batch);
    var db = Path.Combine(folder, "s.db");
    var pairs = Path.Combine(folder, "pairs.tsv");
    File.WriteAllLines(pairs, hostile.Take(10).Select((h, i) => $"{Path.GetFileName(goodPaths[i % 3])}\t{Path.GetFileName(h)}")
        .Concat(hostile.Take(10).Select((h, i) => $"{Path.GetFileName(h)}\t{Path.GetFileName(goodPaths[i % 3])}"))
        .Append($"{Path.GetFileName(goodPaths[0])}\t{Path.GetFileName(goodPaths[1])}").Select(l => l.Replace("\n", " ", StringComparison.Ordinal)));

    var extract = tally.Record(CommandRun.Start(dll, ["extract", folder, "--json"], limit), "extract");
    tally.CheckIds("extract", ids, JsonIds(extract.Out, "id"));
    tally.Record(CommandRun.Start(dll, ["analyze", folder, "--db", db, "--json"], limit), "analyze");
    var stories = tally.Record(CommandRun.Start(dll, ["stories", "--db", db, "--json"], limit), "stories");
    tally.CheckIds("store", ids, StoredNames(stories.Out));
    var first = JsonIds(stories.Out, "id").FirstOrDefault() ?? "1";
    tally.Record(CommandRun.Start(dll, ["story", first, "--db", db, "--json"], limit), "story");
    tally.Record(CommandRun.Start(dll, ["trace", ids[0], "--db", db, "--json"], limit), "trace");
    var compare = tally.Record(CommandRun.Start(dll, ["compare", "--batch", pairs, "--json"], limit), "compare --batch");
    tally.CheckCount("compare --batch", File.ReadAllLines(pairs).Count(l => !l.StartsWith('#')), compare.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    if (batch % 4 == 1)
    {
        // The slower whole-batch commands on every fourth batch, to keep the run to minutes.
        tally.Record(CommandRun.Start(dll, ["lexicon", "learn", "--batch", pairs, "--out", Path.Combine(folder, "lexicon.tsv")], limit), "lexicon");
        tally.Record(CommandRun.Start(dll, ["ingest", folder, "--db", db], limit), "ingest again");
    }
    for (var c = 0; c < 3 && tally.Inputs < inputs; c++)
    {
        tally.Inputs++;
        tally.Record(CommandRun.Start(dll, generator.CommandLine(folder, db), limit), "command line");
    }
    if (tally.Problems == problemsBefore)
    {
        Directory.Delete(folder, recursive: true); // kept when it showed a problem, to replay it
    }
    if (batch % 10 == 0)
    {
        Console.Error.WriteLine($"fuzz: {tally.Inputs:N0} inputs, {tally.Commands:N0} commands, {clock.Elapsed.TotalMinutes:0.0} min");
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz (seed {seed}): {tally.Inputs:N0} hostile inputs ({HostileInputs.Kinds.Length} file kinds, special files, command lines) in {batch:N0} batches, {tally.Commands:N0} commands in {clock.Elapsed.TotalMinutes:0.0} min"));
Console.WriteLine($"  unhandled exceptions: {tally.Crashes.Count}; hangs (killed at {limit.TotalSeconds:0} s): {tally.Hangs.Count}; good items lost: {tally.Lost.Count}; blow-ups over 10 s: {tally.Slow.Count}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak memory of any command: {tally.PeakBytes / 1048576.0:N0} MB ({tally.PeakWhat}); slowest command: {tally.Slowest.TotalSeconds:0.0} s ({tally.SlowestWhat})"));
foreach (var line in tally.Crashes.Concat(tally.Hangs).Concat(tally.Lost).Concat(tally.Slow).Take(50))
{
    Console.WriteLine("  " + line);
}
return tally.Crashes.Count + tally.Hangs.Count + tally.Lost.Count + tally.Slow.Count == 0 && tally.PeakBytes < 2L << 30 ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Write(string folder, HostileFile file)
{
    var path = Path.Combine(folder, file.Name);
    File.WriteAllBytes(path, file.Bytes);
    return path;
}

static void SpecialFiles(string folder, int batch)
{
    if (OperatingSystem.IsWindows())
    {
        return;
    }
    Directory.CreateDirectory(Path.Combine(folder, "sub"));
    File.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), "..");
    File.CreateSymbolicLink(Path.Combine(folder, "loop"), ".");
    File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
    File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(folder, "nothing-here"));
    if (batch % 5 == 0 && OperatingSystem.IsLinux())
    {
        using var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe.txt"));
        mkfifo.WaitForExit();
    }
}

static List<string> JsonIds(string lines, string property)
{
    var ids = new List<string>();
    foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(property, out var id))
            {
                ids.Add(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText());
            }
        }
        catch (JsonException)
        {
            // A line that is not JSON is counted by the caller's checks, not here.
        }
    }
    return ids;
}

static List<string> StoredNames(string lines)
{
    var names = new List<string>();
    foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("articles", out var articles))
            {
                names.AddRange(articles.EnumerateArray().Select(a => a.GetProperty("name").GetString()!));
            }
        }
        catch (JsonException)
        {
        }
    }
    return names;
}

/// <summary>What the run found.</summary>
internal sealed class Tally
{
    public int Inputs { get; set; }

    public int Commands { get; private set; }

    public int Problems => Crashes.Count + Hangs.Count + Lost.Count + Slow.Count;

    public List<string> Crashes { get; } = [];

    public List<string> Hangs { get; } = [];

    public List<string> Lost { get; } = [];

    public List<string> Slow { get; } = [];

    public long PeakBytes { get; private set; }

    public string PeakWhat { get; private set; } = "";

    public TimeSpan Slowest { get; private set; }

    public string SlowestWhat { get; private set; } = "";

    public CommandRun Record(CommandRun run, string what)
    {
        Commands++;
        var shown = string.Join(' ', run.Args.Select(a => a.Length > 60 ? a[..60] + "…" : a)).Replace("\n", "\\n", StringComparison.Ordinal);
        var before = Problems;
        if (run.TimedOut)
        {
            Hangs.Add($"hang ({what}): {shown}");
        }
        else if (run.Crashed)
        {
            var line = run.Error.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal) || l.Contains("stopped", StringComparison.Ordinal)) ?? run.Error.Split('\n')[0];
            Crashes.Add($"crash ({what}, exit {run.ExitCode}): {shown}: {line[..Math.Min(line.Length, 300)]}");
        }
        if (Problems > before)
        {
            Console.Error.WriteLine("fuzz: " + Crashes.Concat(Hangs).Last()); // as found, so a long run's partial results are kept
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {what}: exit {run.ExitCode}, {run.Elapsed.TotalSeconds:0.0} s, {run.PeakBytes / 1048576.0:0} MB"));
        if (run.PeakBytes > PeakBytes)
        {
            (PeakBytes, PeakWhat) = (run.PeakBytes, $"{what}: {shown[..Math.Min(shown.Length, 120)]}");
        }
        if (run.Elapsed > Slowest)
        {
            (Slowest, SlowestWhat) = (run.Elapsed, $"{what}: {shown[..Math.Min(shown.Length, 120)]}");
        }
        return run;
    }

    public void CheckIds(string where, IReadOnlyList<string> expected, IReadOnlyList<string> found)
    {
        foreach (var id in expected.Where(id => !found.Contains(id)))
        {
            Lost.Add($"lost ({where}): good article {id}");
        }
    }

    public void CheckCount(string where, int expected, int found)
    {
        if (found != expected)
        {
            Lost.Add($"lost ({where}): {expected} lines given, {found} answered");
        }
    }
}
