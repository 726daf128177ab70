using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Stemma.Extraction;
using Stemma.Reading;

namespace Stemma.Benchmarks;

/// <summary>
/// Main-text extraction over the 990 real web pages of ../shared/eval-data/web-extraction, held in memory
/// (decoded), one thread. One operation extracts every page once, so after the table the program prints
/// MB of HTML (UTF-8) per second. "parse only" is the HTML parser's share of it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ExtractionBenchmarks
{
    private IReadOnlyList<SourceDocument> _pages = [];
    private ArticleExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = BenchmarkCorpus.LoadWebPages();
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("ExtractionBenchmarks needs ../shared/eval-data/web-extraction/pages.");
        }
        _extractor = new ArticleExtractor();
    }

    [Benchmark(Description = "extract web pages (990 pages)")]
    public int ExtractWebPages() => _extractor.ExtractAll(_pages).Articles.Count;

    [Benchmark(Description = "parse web pages only (990 pages)")]
    public int ParseWebPages()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var elements = 0;
        foreach (var page in _pages)
        {
            using var document = parser.ParseDocument(page.Original);
            elements += document.All.Length;
        }
        return elements;
    }
}
