using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>One comparison asked for: a target file and its candidate source files, with the batch line it came from.</summary>
public sealed record CompareRequest(string Target, IReadOnlyList<string> Sources, int? Line = null);

/// <summary>What became of a request: a comparison, or the reason it could not be made.</summary>
public sealed record CompareOutcome(CompareRequest Request, Comparison? Comparison, string? Error);

/// <summary>Options for <c>stemma compare</c>: reading and extraction, then alignment.</summary>
public sealed record ComparePipelineOptions
{
    public static ComparePipelineOptions Default { get; } = new();

    public TextPipelineOptions Text { get; init; } = TextPipelineOptions.Default;

    public AlignmentOptions Alignment { get; init; } = AlignmentOptions.Default;

    /// <summary>Comparisons run at once in a batch (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Memory for segmented files kept in a batch, so that a file named on many lines is read once: an
    /// estimate (<see cref="CachedBytesPerChar"/> per character read), least recently used dropped first
    /// (default 48 MB).
    /// </summary>
    public long CacheBytes { get; init; } = 48L << 20;

    /// <summary>Bytes a segmented file holds per character of its text (its text, clean text, offset map, sentences and terms), measured on PAN 2013.</summary>
    public const int CachedBytesPerChar = 40;

    public void Validate()
    {
        Text.Validate();
        Alignment.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(CacheBytes, 0, nameof(CacheBytes));
    }
}

/// <summary>
/// Runs comparisons from file paths: each file read, extracted and segmented once (stages 1–3), then
/// aligned and judged (stages 4–6). A batch answers every request in input order; a bad file fails its
/// own request only.
/// </summary>
public sealed class ComparePipeline
{
    private readonly ComparePipelineOptions _options;
    private readonly ArticleComparer _comparer;
    private readonly ByteBoundedCache<LoadedFile> _files;

    public ComparePipeline(ComparePipelineOptions? options = null)
    {
        _options = options ?? ComparePipelineOptions.Default;
        _options.Validate();
        _comparer = new ArticleComparer(_options.Alignment);
        _files = new ByteBoundedCache<LoadedFile>(_options.CacheBytes, path => LoadedFile.Read(path, _options.Text), LoadedFile.Weight);
    }

    public CompareOutcome Compare(CompareRequest request)
    {
        if (request.Sources.Count == 0)
        {
            var where = request.Line is { } line ? $"line {line}: " : "";
            return new CompareOutcome(request, null, $"{where}no source given; expected 'target<TAB>source[;source...]'");
        }
        var target = Load(request.Target);
        if (target.Error is not null)
        {
            return new CompareOutcome(request, null, target.Error);
        }
        if (target.Articles.Count != 1)
        {
            return new CompareOutcome(request, null, $"{request.Target}: holds {target.Articles.Count} articles; the target must be one article");
        }
        var sources = new List<SegmentedArticle>();
        foreach (var path in request.Sources)
        {
            var source = Load(path);
            if (source.Error is not null)
            {
                return new CompareOutcome(request, null, source.Error);
            }
            sources.AddRange(source.Articles);
        }
        return new CompareOutcome(request, _comparer.Compare(target.Articles[0], sources), null);
    }

    /// <summary>Answers every request, in input order, <see cref="ComparePipelineOptions.Parallelism"/> at a time.</summary>
    public IEnumerable<CompareOutcome> CompareAll(IEnumerable<CompareRequest> requests)
    {
        const int chunk = 256;
        var pending = new List<CompareRequest>(chunk);
        foreach (var request in requests)
        {
            pending.Add(request);
            if (pending.Count == chunk)
            {
                foreach (var outcome in CompareChunk(pending))
                {
                    yield return outcome;
                }
                pending.Clear();
            }
        }
        foreach (var outcome in CompareChunk(pending))
        {
            yield return outcome;
        }
    }

    private CompareOutcome[] CompareChunk(List<CompareRequest> requests)
    {
        var outcomes = new CompareOutcome[requests.Count];
        Parallel.For(0, requests.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism }, i => outcomes[i] = CompareGuarded(requests[i]));
        _files.Trim();
        return outcomes;
    }

    /// <summary>One request of a batch; an unexpected failure answers that request with an error, and the batch goes on.</summary>
    private CompareOutcome CompareGuarded(CompareRequest request)
    {
        var failures = new List<ArticleFailure>();
        return ArticleGuard.Run(request.Target, "compare", () => Compare(request), null, failures)
            ?? new CompareOutcome(request, null, failures[0].ToString());
    }

    private LoadedFile Load(string path) => _files.Get(path);

    private sealed record LoadedFile(IReadOnlyList<SegmentedArticle> Articles, string? Error)
    {
        public static long Weight(LoadedFile file) =>
            1024 + file.Articles.Sum(a => (long)a.Article.Document.Original.Length * ComparePipelineOptions.CachedBytesPerChar);

        public static LoadedFile Read(string path, TextPipelineOptions options)
        {
            if (Directory.Exists(path))
            {
                return new LoadedFile([], $"{path}: is a folder; compare takes files");
            }
            var read = new CorpusReader(options.Reading).Read([path]);
            var rejected = read.Rejections.FirstOrDefault();
            if (rejected is not null)
            {
                return new LoadedFile([], rejected.ToString());
            }
            var extracted = new ArticleExtractor(options.Extraction).ExtractAll(read.Documents);
            var articles = extracted.Articles.Select(Segmenter.Segment).Where(a => a.Sentences.Count > 0).ToList();
            return articles.Count == 0
                ? new LoadedFile([], $"{path}: rejected: no article text left after removing boilerplate")
                : new LoadedFile(articles, null);
        }
    }
}

/// <summary>Reads a batch file: one request a line, <c>target TAB source[;source...]</c>.</summary>
public static class CompareBatchFile
{
    /// <summary>
    /// The requests of each non-blank line; a line without a tab is a request with no sources (it will fail
    /// with a reason). Relative paths are taken from <paramref name="folder"/> (the batch file's folder).
    /// </summary>
    public static IEnumerable<CompareRequest> Parse(TextReader reader, string folder)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            var target = (tab < 0 ? line : line[..tab]).Trim();
            var sources = tab < 0 ? [] : line[(tab + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new CompareRequest(Resolve(folder, target), [.. sources.Select(s => Resolve(folder, s))], number);
        }
    }

    private static string Resolve(string folder, string path) =>
        path.Length == 0 || Path.IsPathRooted(path) ? path : Path.Combine(folder, path);
}
