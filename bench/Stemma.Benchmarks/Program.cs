using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Stemma.Benchmarks;

// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Text*]
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- ingest [SIZE...] [--no-real]   (end-to-end ingest: PAN, METER, ECB+ and synthetic corpora, default 10000 100000)
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- prepare PASSES PATH...   (ingest's prepare stage alone: CPU, allocations and a digest of its output)
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- corpora [EVAL-DATA [OUT]]   (PAN, METER, ECB+ as .jsonl for stemma ingest)
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- warc FILE [MB]     (write a news-crawl WARC.gz of MB megabytes, default 1000)
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- serve-load [ARTICLES] [CLIENTS] [SECONDS] [HOT]   (web UI under load, default 10000 50 20 0)
if (args.Length > 0 && args[0] == "serve-load")
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return await ServeLoadBenchmark.Run(Arg(1, 10_000), Arg(2, 50), Arg(3, 20), Arg(4, 0));
}
if (args.Length > 0 && args[0] == "ingest")
{
    return IngestBenchmark.Run(args[1..]);
}
if (args.Length == 3 && args[0] == "ingest-one")
{
    return IngestBenchmark.RunOne(args[1], args[2]);
}
if (args.Length > 2 && args[0] == "prepare")
{
    return PrepareBenchmark.Run(args[2..], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
}
if (args.Length > 0 && args[0] == "corpora")
{
    var evalData = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval-data");
    var output = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "stemma-ingest-bench", "real");
    foreach (var (name, folder) in RealCorpora.Write(evalData, output))
    {
        Console.WriteLine($"{name}: {folder}");
    }
    return 0;
}
if (args.Length > 1 && args[0] == "warc")
{
    return WarcArchiveGenerator.Run(args[1], args.Length > 2 ? long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TextPipelineBenchmarks).Assembly).Run(args, DefaultConfig.Instance);
PrintThroughput(summaries);
return 0;

// BenchmarkDotNet reports time per operation; one operation of TextPipelineBenchmarks processes the whole
// corpus, so throughput is the corpus size divided by the mean time.
static void PrintThroughput(IEnumerable<Summary> summaries)
{
    var documents = BenchmarkCorpus.Load();
    var megabytes = BenchmarkCorpus.Bytes(documents) / 1_000_000.0;
    foreach (var report in summaries.SelectMany(s => s.Reports))
    {
        var type = report.BenchmarkCase.Descriptor.Type;
        if (report.ResultStatistics is not { } stats || (type != typeof(TextPipelineBenchmarks) && type != typeof(ExtractionBenchmarks))
            || (type == typeof(TextPipelineBenchmarks) && !report.BenchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Extract", StringComparison.Ordinal)))
        {
            continue;
        }
        var seconds = stats.Mean / 1e9;
        if (report.BenchmarkCase.Descriptor.Type == typeof(ExtractionBenchmarks))
        {
            var pages = BenchmarkCorpus.LoadWebPages();
            var pageMegabytes = BenchmarkCorpus.Bytes(pages) / 1_000_000.0;
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {pages.Count} pages, {pageMegabytes:F1} MB in {seconds:F2} s => {pageMegabytes / seconds:F1} MB/s");
            continue;
        }
        Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {documents.Count} articles, {megabytes:F3} MB in {seconds * 1000:F2} ms " +
            $"=> {megabytes / seconds:F1} MB/s, {documents.Count / seconds:F0} articles/s");
    }
}
