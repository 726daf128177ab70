using BenchmarkDotNet.Attributes;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Benchmarks;

/// <summary>
/// Stages 2–3 (extract, then segment: sentences, tokens, folding, Porter2 stems, stop words, numbers)
/// over the sample corpus and the seeds, held in memory so that disk reads are not measured.
/// One operation processes the whole corpus once.
/// </summary>
[MemoryDiagnoser]
public class TextPipelineBenchmarks
{
    private IReadOnlyList<SourceDocument> _documents = [];
    private ArticleExtractor _extractor = null!;
    private string[] _words = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Load();
        _extractor = new ArticleExtractor();
        _words = [.. _documents.SelectMany(d => Tokenizer.Tokenize(d.Original).Where(t => t.Kind == TokenKind.Word).Select(t => TextFolding.Fold(t.In(d.Original))))];
    }

    [Benchmark(Description = "extract + segment + stem (whole corpus)")]
    public int ExtractAndSegment()
    {
        var sentences = 0;
        foreach (var article in _extractor.ExtractAll(_documents).Articles)
        {
            sentences += Segmenter.Segment(article).Sentences.Count;
        }
        return sentences;
    }

    [Benchmark(Description = "extract only (whole corpus)")]
    public int ExtractOnly() => _extractor.ExtractAll(_documents).Articles.Count;

    [Benchmark(Description = "Porter2 stem (every word of the corpus)")]
    public int StemOnly()
    {
        var total = 0;
        foreach (var word in _words)
        {
            total += Porter2Stemmer.Stem(word).Length;
        }
        return total;
    }
}
