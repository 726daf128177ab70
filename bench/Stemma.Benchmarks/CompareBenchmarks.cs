using BenchmarkDotNet.Attributes;
using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Text;

namespace Stemma.Benchmarks;

/// <summary>
/// Stages 4–6 for one pair of typical news articles (segmented beforehand): the samples' wire story and
/// its retranslated copy (about 3 KB each), and the seeds' wire and its retranslation (about 6 KB each)
/// when ../shared/seeds is present. One operation compares one pair.
/// </summary>
[MemoryDiagnoser]
public class CompareBenchmarks
{
    private readonly ArticleComparer _comparer = new();
    private SegmentedArticle _sampleTarget = null!;
    private SegmentedArticle _sampleSource = null!;
    private SegmentedArticle? _seedTarget;
    private SegmentedArticle? _seedSource;

    [GlobalSetup]
    public void Setup()
    {
        var articles = new ArticleExtractor().ExtractAll(BenchmarkCorpus.Load()).Articles.Select(Segmenter.Segment).ToList();
        _sampleSource = articles.Single(a => a.Article.Document.File.EndsWith("01-wire-northwire.txt", StringComparison.Ordinal));
        _sampleTarget = articles.Single(a => a.Article.Document.File.EndsWith("03-retranslation-infohub.txt", StringComparison.Ordinal));
        _seedTarget = articles.FirstOrDefault(a => Path.GetFileName(a.Article.Document.File).StartsWith("000_", StringComparison.Ordinal));
        _seedSource = articles.FirstOrDefault(a => Path.GetFileName(a.Article.Document.File).StartsWith("001_", StringComparison.Ordinal));
    }

    [Benchmark(Description = "compare two sample articles (retranslated copy vs wire)")]
    public int CompareSamplePair() => _comparer.Compare(_sampleTarget, [_sampleSource]).Passages.Count;

    [Benchmark(Description = "compare two seed articles (000 vs 001; samples pair when seeds are absent)")]
    public int CompareSeedPair() => _comparer.Compare(_seedTarget ?? _sampleTarget, [_seedSource ?? _sampleSource]).Passages.Count;
}
