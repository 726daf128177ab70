using System.Diagnostics;
using System.Globalization;
using Stemma.Pipeline;
using Stemma.Storage;

namespace Stemma.Benchmarks;

/// <summary>
/// End-to-end ingest benchmark (too long for BenchmarkDotNet's repetitions). Each corpus is ingested into a
/// fresh SQLite store by a child process of its own, so its peak memory and CPU time are its own: the real
/// corpora of <c>../shared/eval-data</c> as <c>.jsonl</c> (PAN 2013 train, METER dev, ECB+ dev; see
/// <see cref="RealCorpora"/>) and synthetic ones of the sizes given. It reports articles/s, MB/s, cores busy
/// (CPU time / wall time), peak working set and per-article time, then ingests 1,000 further articles into
/// the largest synthetic store and reports how long that ingest took to start. When Python and datasketch
/// are installed, <see cref="DatasketchBaseline"/> runs MinHashLSH over the same corpora for the ratio.
/// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- ingest [SIZE...] [--no-real] (default 10000 100000).
/// </summary>
internal static class IngestBenchmark
{
    public static int Run(string[] args)
    {
        var sizes = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (sizes.Count == 0)
        {
            sizes = [10_000, 100_000];
        }
        var folder = Path.Combine(Path.GetTempPath(), "stemma-ingest-bench");
        Directory.CreateDirectory(folder);
        var corpora = new List<(string Name, string Path)>();
        var evalData = Path.Combine("..", "shared", "eval-data");
        if (!args.Contains("--no-real") && Directory.Exists(evalData))
        {
            corpora.AddRange(RealCorpora.Write(evalData, Path.Combine(folder, "real")));
        }
        else if (!args.Contains("--no-real"))
        {
            Console.WriteLine($"{evalData} not found: real corpora skipped");
        }
        foreach (var size in sizes)
        {
            var corpus = Path.Combine(folder, $"synthetic-{size}");
            if (!Directory.Exists(corpus))
            {
                new SyntheticCorpus(seed: 7).WriteJsonLines(corpus + ".partial", size);
                Directory.Move(corpus + ".partial", corpus);
            }
            corpora.Add(($"synthetic {size:N0}", corpus));
        }
        var rates = new Dictionary<string, double>();
        var synthetic = new List<(int Size, double PerArticleMs, string Db)>();
        foreach (var (name, corpus) in corpora)
        {
            var db = Path.Combine(folder, $"ingest-{name.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal)}.db");
            DeleteStore(db);
            var result = RunChild(corpus, db);
            var megabytes = Directory.GetFiles(corpus).Sum(f => new FileInfo(f).Length) / 1e6;
            rates[name] = result.Read / result.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {result.Read:N0} articles ({megabytes:F1} MB) in {result.Seconds:F1} s: {result.Read / result.Seconds:F0} articles/s, {megabytes / result.Seconds:F2} MB/s, " +
                $"{result.Seconds * 1000 / result.Read:F3} ms/article, {result.CpuSeconds / result.Seconds:F2} cores busy, peak working set {result.PeakMegabytes:F0} MB " +
                $"({result.PeakMegabytes * 1e6 / result.Read / 1024:F2} KB/article), store {new FileInfo(db).Length / 1e6:F0} MB, CPU {result.CpuSeconds:F1} s"));
            Console.WriteLine($"  stages (busy time): {result.Stages}");
            if (name.StartsWith("synthetic", StringComparison.Ordinal))
            {
                synthetic.Add((result.Read, result.Seconds * 1000 / result.Read, db));
            }
        }
        if (synthetic.Count > 1)
        {
            Console.WriteLine($"per-article time at {synthetic[^1].Size:N0} / at {synthetic[0].Size:N0}: {synthetic[^1].PerArticleMs / synthetic[0].PerArticleMs:F2}x");
        }
        if (synthetic.Count > 0)
        {
            var (size, _, db) = synthetic[^1];
            var more = Path.Combine(folder, $"synthetic-{size}-next-1000");
            if (!Directory.Exists(more))
            {
                Directory.CreateDirectory(more + ".partial");
                new SyntheticCorpus(seed: 7).WriteJsonLines(more + ".partial", size + 1000, skip: size);
                Directory.Move(more + ".partial", more);
            }
            var next = RunChild(more, db);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"1,000 new articles into the {size:N0}-article store: started in {next.StartSeconds:F2} s, done in {next.Seconds:F1} s, peak working set {next.PeakMegabytes:F0} MB"));
        }
        DatasketchBaseline.Compare(corpora.Where(c => !c.Name.StartsWith("synthetic", StringComparison.Ordinal) || c.Name.EndsWith("100,000", StringComparison.Ordinal)).ToList(), rates);
        return 0;
    }

    /// <summary>The child's side: ingest one corpus into one store and print what it measured about itself.</summary>
    public static int RunOne(string corpus, string db)
    {
        var clock = Stopwatch.StartNew();
        using var store = SqliteStore.Open(db);
        var pipeline = new IngestPipeline(store);
        var started = clock.Elapsed.TotalSeconds;
        var summary = pipeline.Run([corpus]);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var rest = cpu - summary.Stages.Sum(s => s.Cpu?.Ticks ?? 0) * TimeSpan.FromTicks(1);
        Console.WriteLine("STAGES " + string.Join(", ", summary.Stages.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Stage} {s.Busy.TotalSeconds:F2} s{(s.Cpu is { } used ? $" (CPU {used.TotalSeconds:F2} s)" : "")}"))) +
            string.Create(CultureInfo.InvariantCulture, $"; CPU of the rest (prepare, start-up, runtime): {rest.TotalSeconds:F2} s") +
            string.Create(CultureInfo.InvariantCulture,
                $"; allocated {GC.GetTotalAllocatedBytes() / 1e9:F2} GB, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {summary.Read} {clock.Elapsed.TotalSeconds} {process.TotalProcessorTime.TotalSeconds} {process.PeakWorkingSet64 / 1e6} {started}"));
        return 0;
    }

    private static Result RunChild(string corpus, string db)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(IngestBenchmark).Assembly.Location);
        }
        foreach (var arg in new[] { "ingest-one", corpus, db })
        {
            info.ArgumentList.Add(arg);
        }
        using var child = Process.Start(info)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the ingest of {corpus} failed (exit {child.ExitCode})");
        var f = line.Split(' ')[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var stages = output.Split('\n').LastOrDefault(l => l.StartsWith("STAGES ", StringComparison.Ordinal)) ?? "";
        return new Result((int)f[0], f[1], f[2], f[3], f[4], stages.Length > 7 ? stages[7..].Trim() : "");
    }

    private static void DeleteStore(string db)
    {
        foreach (var stale in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }
    }

    private readonly record struct Result(int Read, double Seconds, double CpuSeconds, double PeakMegabytes, double StartSeconds, string Stages);
}
