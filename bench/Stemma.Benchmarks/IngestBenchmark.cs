using System.Diagnostics;
using Stemma.Pipeline;
using Stemma.Storage;

namespace Stemma.Benchmarks;

/// <summary>
/// End-to-end ingest benchmark (too long for BenchmarkDotNet's repetitions): generates synthetic corpora,
/// ingests each into a fresh SQLite store, and reports articles/s, per-article time and peak memory, so the
/// per-article cost at 100k can be checked against that at 10k.
/// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- ingest [SIZE...] (default 10000 100000).
/// </summary>
internal static class IngestBenchmark
{
    public static int Run(IEnumerable<int> sizes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stemma-ingest-bench");
        Directory.CreateDirectory(folder);
        var results = new List<(int Size, double PerArticleMs)>();
        foreach (var size in sizes)
        {
            var corpus = Path.Combine(folder, $"synthetic-{size}");
            if (!Directory.Exists(corpus))
            {
                new SyntheticCorpus(seed: 7).WriteJsonLines(corpus, size);
            }
            var db = Path.Combine(folder, $"ingest-{size}.db");
            foreach (var stale in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
            {
                File.Delete(stale);
            }
            using var process = Process.GetCurrentProcess();
            var clock = Stopwatch.StartNew();
            IngestSummary summary;
            using (var store = SqliteStore.Open(db))
            {
                summary = new IngestPipeline(store).Run([corpus]);
            }
            clock.Stop();
            process.Refresh();
            var perArticle = clock.Elapsed.TotalMilliseconds / summary.Read;
            results.Add((size, perArticle));
            Console.WriteLine($"ingest {summary.Read:N0} articles ({Directory.GetFiles(corpus).Sum(f => new FileInfo(f).Length) / 1e6:F1} MB) into {summary.Stories.Count:N0} stories: " +
                $"{clock.Elapsed.TotalSeconds:F1} s, {summary.Read / clock.Elapsed.TotalSeconds:F0} articles/s, {perArticle:F3} ms/article, " +
                $"peak working set {process.PeakWorkingSet64 / 1e6:F0} MB, store {new FileInfo(db).Length / 1e6:F0} MB");
        }
        if (results.Count > 1)
        {
            Console.WriteLine($"per-article time at {results[^1].Size:N0} / at {results[0].Size:N0}: {results[^1].PerArticleMs / results[0].PerArticleMs:F2}x");
        }
        return 0;
    }
}
