using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Stemma.Benchmarks;

// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Text*]
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- ingest [SIZE...]   (end-to-end ingest, default 10000 100000)
//        dotnet run -c Release --project bench/Stemma.Benchmarks -- warc FILE [MB]     (write a news-crawl WARC.gz of MB megabytes, default 1000)
if (args.Length > 0 && args[0] == "ingest")
{
    var sizes = args.Length > 1 ? args[1..].Select(int.Parse) : [10_000, 100_000];
    return IngestBenchmark.Run(sizes);
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
