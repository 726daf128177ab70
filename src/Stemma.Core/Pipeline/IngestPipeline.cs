using System.Diagnostics;
using System.Globalization;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Sketching;
using Stemma.Storage;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>Settings of an ingest.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    public TextPipelineOptions Text { get; init; } = TextPipelineOptions.Default;

    public StoryClusteringOptions Stories { get; init; } = StoryClusteringOptions.Default;

    public SketchOptions Sketch { get; init; } = SketchOptions.Default;

    /// <summary>Articles extracted and committed together: one transaction, and the unit a killed ingest can lose.</summary>
    public int BatchSize { get; init; } = 256;

    public void Validate()
    {
        Text.Validate();
        Stories.Validate();
        Sketch.Validate();
        if (BatchSize < 1)
        {
            throw new ArgumentException($"BatchSize must be at least 1, not {BatchSize}.");
        }
    }
}

/// <summary>How far an ingest has got: files read of all files, and articles stored so far.</summary>
public readonly record struct IngestProgress(int FilesRead, int Files, int Articles);

/// <summary>What an ingest did: articles read, new, updated, unchanged (same key and text, or the same text under another key) and rejected.</summary>
public sealed record IngestSummary(
    int Read,
    int New,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ReadDiagnostic> Diagnostics,
    IReadOnlyCollection<long> Stories,
    IReadOnlyCollection<long> Articles,
    TimeSpan Elapsed);

/// <summary>
/// <c>stemma ingest</c>: reads files as a stream, extracts and segments them in batches, places each article in
/// a story (<see cref="StoryClusterer"/>) and writes each batch in one transaction. An article's identity is
/// its own id when it has one, else its file's full path (and line, for JSON lines); the same identity with
/// the same text is skipped, with a new text it is updated, and the same text under another identity is not
/// stored twice. A killed ingest keeps every committed batch; running it again carries on where it stopped.
/// </summary>
public sealed class IngestPipeline
{
    private readonly SqliteStore _store;
    private readonly IngestOptions _options;
    private readonly StoryClusterer _clusterer;
    private readonly Dictionary<string, (long Id, string OriginalHash, long Story)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contents = new(StringComparer.Ordinal);

    public IngestPipeline(SqliteStore store, IngestOptions? options = null)
    {
        _store = store;
        _options = options ?? IngestOptions.Default;
        _options.Validate();
        _clusterer = new StoryClusterer(_options.Stories);
        foreach (var known in store.KnownArticles())
        {
            _clusterer.Restore(known.StoryId, known.Features);
            _keys[known.Key] = (known.Id, known.OriginalHash, known.StoryId);
            _contents.TryAdd(known.ContentHash, known.Key);
        }
    }

    /// <summary>Ingests every file under <paramref name="paths"/>.</summary>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader(_options.Text.Reading);
        var files = CorpusReader.Files(paths).ToList();
        var run = new RunState();
        var pending = new List<SourceDocument>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var read = reader.ReadOne(files[i]);
            run.Diagnostics.AddRange(read.Diagnostics);
            run.Rejected += read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Rejected);
            foreach (var document in read.Documents)
            {
                run.Read++;
                pending.Add(document);
                if (pending.Count >= _options.BatchSize)
                {
                    Commit(pending, run);
                    pending.Clear();
                    progress?.Report(new IngestProgress(i + 1, files.Count, run.Read));
                }
            }
            if (i == files.Count - 1 || (i + 1) % 64 == 0)
            {
                Commit(pending, run);
                pending.Clear();
                progress?.Report(new IngestProgress(i + 1, files.Count, run.Read));
            }
        }
        Commit(pending, run);
        return new IngestSummary(run.Read, run.New, run.Updated, run.Unchanged, run.Rejected, run.Diagnostics, run.Stories, run.Articles, clock.Elapsed);
    }

    private void Commit(List<SourceDocument> documents, RunState run)
    {
        if (documents.Count == 0)
        {
            return;
        }
        var fresh = new List<(SourceDocument Document, string Key, string OriginalHash)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var key = KeyOf(document);
            var originalHash = OriginalHash(document);
            if (!seen.Add(key) || (_keys.TryGetValue(key, out var known) && known.OriginalHash == originalHash))
            {
                run.Unchanged++;
                if (_keys.TryGetValue(key, out var same))
                {
                    run.Articles.Add(same.Id);
                    run.Stories.Add(same.Story);
                }
                continue;
            }
            fresh.Add((document, key, originalHash));
        }
        if (fresh.Count == 0)
        {
            return;
        }

        var extraction = GuardedStages.Extract(new ArticleExtractor(_options.Text.Extraction), [.. fresh.Select(f => f.Document)]);
        run.Diagnostics.AddRange(extraction.Diagnostics);
        run.Rejected += extraction.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Rejected);
        var prepared = new Prepared[extraction.Articles.Count];
        // Error boundary per article: one the segmenter fails on is rejected with a diagnostic; the batch goes on.
        var failed = new ArticleFailure?[prepared.Length];
        Parallel.For(0, prepared.Length, i =>
        {
            var one = new List<ArticleFailure>(1);
            prepared[i] = ArticleGuard.Run(extraction.Articles[i].Document.Id, "segment", () => Prepare(extraction.Articles[i]), null!, one);
            failed[i] = one.Count > 0 ? one[0] : null;
        });
        for (var i = 0; i < failed.Length; i++)
        {
            if (failed[i] is { } failure)
            {
                run.Diagnostics.Add(GuardedStages.Diagnostic(extraction.Articles[i].Document, failure));
                run.Rejected++;
            }
        }
        prepared = [.. prepared.Where(p => p is not null)];

        // Extraction may enrich a document (an HTML page's head gives its title and time), so match by key.
        var originalHashes = fresh.ToDictionary(f => f.Key, f => f.OriginalHash, StringComparer.Ordinal);
        var inserts = new List<ArticleWrite>();
        var updates = new List<(long Id, ArticleWrite Article)>();
        foreach (var item in prepared)
        {
            var key = KeyOf(item.Article.Document);
            var originalHash = originalHashes[key];
            var contentHash = Hash(item.Article.Text);
            var existing = _keys.TryGetValue(key, out var old) ? old : ((long Id, string OriginalHash, long Story)?)null;
            if (_contents.TryGetValue(contentHash, out var holder) && holder != key)
            {
                run.Unchanged++;
                run.Diagnostics.Add(ReadDiagnostic.Warning(item.Article.Document.File, $"same text as the stored article {holder}; not stored twice", item.Article.Document.Line));
                if (_keys.TryGetValue(holder, out var same))
                {
                    run.Articles.Add(same.Id);
                    run.Stories.Add(same.Story);
                }
                continue;
            }
            if (existing is { } stored)
            {
                _clusterer.Remove(stored.Story, _store.Features(stored.Id));
            }
            var assignment = _clusterer.Assign(item.Features);
            var write = new ArticleWrite
            {
                Key = key,
                Document = item.Article.Document,
                Clean = item.Article.Text,
                Title = item.Article.Title ?? item.Article.Document.Title ?? Headline(item.Article.Text),
                OriginalHash = originalHash,
                ContentHash = contentHash,
                Sentences = item.Sentences,
                Features = item.Features,
                StoryId = assignment.StoryId,
                StoryScore = assignment.Similarity,
            };
            if (existing is { } replaced)
            {
                updates.Add((replaced.Id, write));
                run.Updated++;
            }
            else
            {
                inserts.Add(write);
                run.New++;
            }
            _contents[contentHash] = key;
            run.Stories.Add(assignment.StoryId);
        }
        var ids = _store.Write(inserts, updates);
        foreach (var (id, write) in updates)
        {
            _keys[write.Key] = (id, write.OriginalHash, write.StoryId);
            run.Articles.Add(id);
        }
        for (var i = 0; i < inserts.Count; i++)
        {
            _keys[inserts[i].Key] = (ids[i], inserts[i].OriginalHash, inserts[i].StoryId);
            run.Articles.Add(ids[i]);
        }
    }

    private Prepared Prepare(ExtractedArticle article)
    {
        var segmented = Segmenter.Segment(article);
        var sentences = new List<StoredSentence>(segmented.Sentences.Count);
        var hashes = new List<ulong>();
        foreach (var sentence in segmented.Sentences)
        {
            hashes.Clear();
            foreach (var term in sentence.Terms)
            {
                if (term.IsContent)
                {
                    hashes.Add(StableHash.Of(term.Stem));
                }
            }
            var bands = hashes.Count == 0 ? [] : MinHashSketch.Create(hashes.ToArray(), _options.Sketch).BandKeys();
            sentences.Add(new StoredSentence(sentence.OriginalStart, sentence.OriginalLength, bands));
        }
        return new Prepared(article, sentences, StoryFeatures.Of(segmented));
    }

    /// <summary>
    /// An article's identity: its own id when the input gave one (a <c>Id:</c> header, a JSON <c>id</c>),
    /// otherwise its file's full path, with the line for JSON lines.
    /// </summary>
    public static string KeyOf(SourceDocument document)
    {
        var stem = Path.GetFileNameWithoutExtension(document.File);
        var implicitId = document.Line is { } line ? $"{stem}:{line.ToString(CultureInfo.InvariantCulture)}" : stem;
        if (document.Id != implicitId)
        {
            return "id:" + document.Id;
        }
        var path = Path.GetFullPath(document.File);
        return document.Line is { } at ? $"file:{path}:{at.ToString(CultureInfo.InvariantCulture)}" : "file:" + path;
    }

    private static string OriginalHash(SourceDocument document)
    {
        var hash = StableHash.Of(document.Original);
        foreach (var field in new[] { document.Title, document.Source, document.Url, document.Published?.ToString("o", CultureInfo.InvariantCulture) })
        {
            hash = StableHash.Combine(hash, StableHash.Of(field ?? "\0"));
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>An article without a title is shown by its first line (usually its headline), shortened.</summary>
    private static string Headline(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOf('\n');
        var first = (end < 0 ? line : line[..end]).Trim().ToString();
        return first.Length <= 100 ? first : first[..97] + "...";
    }

    private static string Hash(string text) => StableHash.Of(text).ToString("x16", CultureInfo.InvariantCulture);

    private sealed record Prepared(ExtractedArticle Article, IReadOnlyList<StoredSentence> Sentences, StoryFeatures Features);

    private sealed class RunState
    {
        public int Read { get; set; }

        public int New { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Rejected { get; set; }

        public List<ReadDiagnostic> Diagnostics { get; } = [];

        public HashSet<long> Stories { get; } = [];

        public HashSet<long> Articles { get; } = [];
    }
}
