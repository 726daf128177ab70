using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Stemma.Pipeline;
using Stemma.Storage;
using Stemma.Web;

namespace Stemma.Benchmarks;

/// <summary>
/// A bounded load test of <c>stemma serve</c> on loopback: a synthetic store of N articles (trees drawn), the real
/// server, and C clients requesting story and pair pages, chosen uniformly over all stories and all tree edges
/// (so most requests read a story the server has not drawn yet), for S seconds. Reports requests, errors and
/// the latency percentiles of each page kind.
/// With HOT above 0, requests go to the HOT largest stories and their edges only, each asked for once before
/// the clock starts: the warm case (pages the server keeps drawn), where the default measures the cold one.
/// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- serve-load [ARTICLES] [CLIENTS] [SECONDS] [HOT]
/// (default 10000 50 20 0).
/// </summary>
internal static class ServeLoadBenchmark
{
    public static async Task<int> Run(int articles, int clients, int seconds, int hot = 0)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stemma-serve-bench");
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, $"serve-{articles}.db");
        if (!File.Exists(db))
        {
            var corpus = Path.Combine(folder, $"synthetic-{articles}");
            if (!Directory.Exists(corpus))
            {
                new SyntheticCorpus(seed: 7).WriteJsonLines(corpus, articles);
            }
            var build = Stopwatch.StartNew();
            using var store = SqliteStore.Open(db);
            new IngestPipeline(store).Run([corpus]);
            new TreePipeline(store).RefreshStale();
            Console.WriteLine($"built {db} in {build.Elapsed.TotalSeconds:F0} s");
        }

        var storyUrls = new List<string>();
        var pairUrls = new List<string>();
        using (var store = SqliteStore.OpenReadOnly(db))
        {
            var stories = store.Stories();
            foreach (var story in hot > 0 ? stories.Take(hot) : stories)
            {
                storyUrls.Add($"/story/{story.Id}");
                pairUrls.AddRange(store.Edges(story.Id).Select(e => $"/pair/{e.SourceId}/{e.TargetId}"));
            }
            var (stored, storyCount) = store.Counts();
            Console.WriteLine($"store: {stored:N0} articles, {storyCount:N0} stories; requests over {storyUrls.Count:N0} stories and {pairUrls.Count:N0} tree edges");
        }

        var port = FreePort();
        await using var app = WebServer.Create(WebOptions.Default with { Db = db, Port = port });
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (hot > 0)
        {
            // The warm case: every page asked for once before the clock starts.
            var warm = Stopwatch.StartNew();
            await Parallel.ForEachAsync(storyUrls.Concat(pairUrls), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, _) => (await http.GetAsync(url)).Dispose());
            Console.WriteLine($"warmed {storyUrls.Count + pairUrls.Count:N0} pages in {warm.Elapsed.TotalSeconds:F1} s");
        }
        var timings = new List<(bool Pair, double Ms, bool Ok)>[clients];
        var end = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var random = new Random(1000 + client);
            var mine = timings[client] = [];
            while (end.Elapsed < limit)
            {
                var pair = random.Next(2) == 1 && pairUrls.Count > 0;
                var url = pair ? pairUrls[random.Next(pairUrls.Count)] : storyUrls[random.Next(storyUrls.Count)];
                var clock = Stopwatch.StartNew();
                bool ok;
                try
                {
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    ok = false;
                }
                mine.Add((pair, clock.Elapsed.TotalMilliseconds, ok));
            }
        }));
        var elapsed = end.Elapsed.TotalSeconds;
        var all = timings.SelectMany(t => t).ToList();
        var errors = all.Count(t => !t.Ok);
        Console.WriteLine($"{clients} clients, {elapsed:F1} s on loopback: {all.Count:N0} requests ({all.Count / elapsed:F0}/s), {errors} errors");
        Report("story pages", all.Where(t => !t.Pair).Select(t => t.Ms));
        Report("pair pages", all.Where(t => t.Pair).Select(t => t.Ms));
        Report("all", all.Select(t => t.Ms));
        return errors == 0 ? 0 : 1;
    }

    private static void Report(string what, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return;
        }
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"  {what,-12} n={sorted.Length,6:N0}  p50 {At(0.50),7:F0} ms  p95 {At(0.95),7:F0} ms  p99 {At(0.99),7:F0} ms  max {sorted[^1],7:F0} ms");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
