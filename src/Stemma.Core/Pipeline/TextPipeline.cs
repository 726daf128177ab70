using System.Diagnostics;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>Options for the read → extract → segment stages, one object for all of them.</summary>
public sealed record TextPipelineOptions
{
    public static TextPipelineOptions Default { get; } = new();

    public ReadingOptions Reading { get; init; } = ReadingOptions.Default;

    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>
    /// <see cref="TextPipeline.Stream"/> extracts at most this many documents together (default 1,000): enough
    /// for a source's repeated boilerplate to show, few enough to keep memory bounded on an archive of any size.
    /// </summary>
    public int BatchDocuments { get; init; } = 1000;

    /// <summary>… and at most about this many characters of documents (default 32 million, about 64 MB as .NET strings).</summary>
    public long BatchChars { get; init; } = 32_000_000;

    public void Validate()
    {
        Reading.Validate();
        Extraction.Validate();
        if (BatchDocuments < 1 || BatchChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchDocuments), "BatchDocuments and BatchChars must each be at least 1.");
        }
    }
}

/// <summary>How long one stage took and how many items it produced.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, int Items);

/// <summary>The segmented articles of a batch, every problem met, and the time each stage took.</summary>
public sealed record TextPipelineResult(IReadOnlyList<SegmentedArticle> Articles, IReadOnlyList<ReadDiagnostic> Diagnostics, IReadOnlyList<StageTiming> Timings);

/// <summary>Runs stages 1–3 of the pipeline over files and folders.</summary>
public sealed class TextPipeline
{
    private readonly TextPipelineOptions _options;

    public TextPipeline(TextPipelineOptions? options = null)
    {
        _options = options ?? TextPipelineOptions.Default;
        _options.Validate();
    }

    /// <summary>
    /// Reads, extracts and segments lazily, one batch of documents at a time (see <see cref="DocumentBatches"/>),
    /// so a WARC or JSON-lines archive of any size is processed in bounded memory; each batch's articles come in
    /// input order with the problems met reading and extracting them.
    /// </summary>
    public IEnumerable<TextPipelineResult> Stream(IEnumerable<string> paths)
    {
        var reader = new CorpusReader(_options.Reading);
        var extractor = new ArticleExtractor(_options.Extraction);
        foreach (var (documents, diagnostics) in DocumentBatches.Cut(reader.StreamAll(paths), _options))
        {
            var extracted = GuardedStages.Extract(extractor, documents);
            var failed = new List<ReadDiagnostic>();
            var segmented = GuardedStages.Segment(extracted.Articles, failed);
            yield return new TextPipelineResult(segmented, [.. diagnostics, .. extracted.Diagnostics, .. failed], []);
        }
    }

    public TextPipelineResult Run(IEnumerable<string> paths)
    {
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();

        // 1. Read files, folders and JSON lines.
        var read = new CorpusReader(_options.Reading).Read(paths);
        timings.Add(new StageTiming("read", clock.Elapsed, read.Documents.Count));

        // 2. Extract the main text, without boilerplate.
        clock.Restart();
        var extracted = GuardedStages.Extract(new ArticleExtractor(_options.Extraction), read.Documents);
        timings.Add(new StageTiming("extract", clock.Elapsed, extracted.Articles.Count));

        // 3. Segment into sentences and terms.
        clock.Restart();
        var failed = new List<ReadDiagnostic>();
        var segmented = GuardedStages.Segment(extracted.Articles, failed);
        timings.Add(new StageTiming("segment", clock.Elapsed, segmented.Count));

        return new TextPipelineResult(segmented, [.. read.Diagnostics, .. extracted.Diagnostics, .. failed], timings);
    }
}
