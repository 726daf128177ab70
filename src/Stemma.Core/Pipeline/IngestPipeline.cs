using System.Collections.Concurrent;
using System.Diagnostics;
using Stemma.Reading;
using Stemma.Sketching;
using Stemma.Storage;
using Stemma.Stories;

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

    /// <summary>
    /// Threads that extract, segment and sketch a batch (default: one per core) while the clustering stage works
    /// on the one before. Results do not depend on it: batches are cut and clustered in input order.
    /// </summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public void Validate()
    {
        Text.Validate();
        Stories.Validate();
        Sketch.Validate();
        if (BatchSize < 1 || Workers < 1)
        {
            throw new ArgumentException($"BatchSize and Workers must each be at least 1, not {BatchSize} and {Workers}.");
        }
    }
}

/// <summary>
/// One stage of an ingest: how long it was busy (wall time, summed over its threads) and, where it runs on one
/// thread and the platform tells, the CPU time it used.
/// </summary>
public sealed record IngestStage(string Stage, TimeSpan Busy, TimeSpan? Cpu = null);

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
    TimeSpan Elapsed)
{
    /// <summary>
    /// Where the time went, stage by stage: start (reading the story index), prepare (read, extract, segment,
    /// sketch; parallel), cluster (the ordered stage), write (the writer thread), and the ordered stage's waits
    /// for prepared batches and for the writer. A stage busy for nearly all of <see cref="Elapsed"/> is the
    /// one that bounds the ingest.
    /// </summary>
    public IReadOnlyList<IngestStage> Stages { get; init; } = [];
}

/// <summary>
/// <c>stemma ingest</c>: reads files as a stream into batches, extracts, segments and sketches them on worker
/// threads ahead of an ordered clustering stage (<see cref="StoryClusterer"/>), and writes each batch in one
/// transaction on a writer thread. An article's identity is its own id when it has one, else its file's full
/// path (and line, for JSON lines); the same identity with the same text is skipped, with a new text it is
/// updated, and the same text under another identity is not stored twice. An identity given twice keeps the
/// later text, wherever batch boundaries fall, and each replaced text is reported. A killed ingest keeps every
/// committed batch; running it again carries on where it stopped.
/// </summary>
/// <remarks>
/// Start-up reads no per-article state: the next article id, the term frequencies (kept in the store) and
/// the members of the stories new articles can still reach. Keys and text hashes are looked up in the store
/// as articles come (with the batches not yet committed held in memory), so memory does not grow with the archive.
/// </remarks>
public sealed class IngestPipeline
{
    private readonly SqliteStore _store;
    private readonly IngestOptions _options;
    private readonly StoryClusterer _clusterer;
    private readonly IngestBatches _batches;
    private readonly Dictionary<string, Placed> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, int Batch)> _contentInFlight = new(StringComparer.Ordinal);
    private readonly TimeSpan _start;
    private long _nextId;
    private long _documents;

    public IngestPipeline(SqliteStore store, IngestOptions? options = null)
    {
        _store = store;
        _options = options ?? IngestOptions.Default;
        _options.Validate();
        var clock = Stopwatch.StartNew();
        _batches = new IngestBatches(_options);
        _clusterer = new StoryClusterer(_options.Stories);
        store.TuneForBatchWrites();
        _nextId = store.MaxArticleId() + 1;
        var (documents, counts) = store.TermFrequencies();
        _documents = documents;
        _clusterer.LoadFrequencies(documents, counts);
        foreach (var (story, features) in store.ReachableMembers(_options.Stories.IngestHorizon, _options.Stories.TimeWindow + _options.Stories.Lateness))
        {
            _clusterer.RestoreMember(story, features);
        }
        _start = clock.Elapsed;
    }

    /// <summary>Ingests every file under <paramref name="paths"/>.</summary>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var files = CorpusReader.Files(paths).ToList();
        var run = new RunState();
        // The ordered stage and the preparing threads look keys up on connections of their own, so neither waits for the other.
        using var lookup = _store.OpenLookup();
        using var preparing = _store.OpenLookup();
        var gate = new object();
        string? StoredHash(string key)
        {
            lock (preparing)
            {
                return preparing.Article(key)?.OriginalHash;
            }
        }
        // One batch waits prepared while the next is prepared: enough to keep both cores busy, and each batch
        // held costs memory (two waiting batches raised PAN's peak from 373 to 434 MB at no gain in speed).
        using var prepared = new BlockingCollection<Task<IngestBatch>>(boundedCapacity: 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        long preparingTicks = 0;
        var producer = Task.Run(() =>
        {
            try
            {
                var reading = Stopwatch.StartNew();
                foreach (var batch in _batches.Read(files, stop.Token))
                {
                    Interlocked.Add(ref preparingTicks, reading.Elapsed.Ticks);
                    prepared.Add(Task.Run(() =>
                    {
                        var busy = Stopwatch.StartNew();
                        var ready = _batches.Prepare(batch, StoredHash);
                        Interlocked.Add(ref preparingTicks, busy.Elapsed.Ticks);
                        return ready;
                    }), stop.Token);
                    reading.Restart();
                }
            }
            finally
            {
                prepared.CompleteAdding();
            }
        });
        using var writer = new IngestWriter(_store);
        var (clustering, waiting, finishing) = (new Stopwatch(), Stopwatch.StartNew(), new Stopwatch());
        var clusteringCpu = TimeSpan.Zero;
        try
        {
            foreach (var next in prepared.GetConsumingEnumerable())
            {
                var batch = next.GetAwaiter().GetResult();
                waiting.Stop();
                clustering.Start();
                var cpu = ThreadCpuTime.Now();
                Place(batch, run, writer, lookup, gate);
                clusteringCpu += ThreadCpuTime.Now() - cpu ?? TimeSpan.Zero;
                clustering.Stop();
                progress?.Report(new IngestProgress(batch.FilesRead, files.Count, run.Read));
                waiting.Start();
            }
            producer.GetAwaiter().GetResult();
            waiting.Stop();
            finishing.Start();
            writer.Complete();
            finishing.Stop();
        }
        finally
        {
            stop.Cancel();
            foreach (var pending in prepared.GetConsumingEnumerable())
            {
                pending.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait();
            }
            producer.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait();
        }
        return new IngestSummary(run.Read, run.New, run.Updated, run.Unchanged, run.Rejected, run.Diagnostics, run.Stories, run.Articles, clock.Elapsed)
        {
            Stages =
            [
                new("start", _start),
                new("prepare", TimeSpan.FromTicks(Interlocked.Read(ref preparingTicks))),
                new("cluster", clustering.Elapsed - writer.Waited, ThreadCpuTime.Now() is null ? null : clusteringCpu),
                new("wait for prepared", waiting.Elapsed),
                new("write", writer.Busy, writer.Cpu),
                new("wait for writer", writer.Waited + finishing.Elapsed),
            ],
        };
    }

    /// <summary>The clustering stage: each document of a batch in input order, then the batch's writes queued.</summary>
    private void Place(IngestBatch batch, RunState run, IngestWriter writer, StoreLookup lookup, object gate)
    {
        Forget(writer.Committed);
        run.Diagnostics.AddRange(batch.Diagnostics);
        run.Rejected += batch.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Rejected);
        var write = new IngestWrite(batch.Number, [], [], [], 0);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Items.Count; i++)
        {
            last[batch.Items[i].Key] = i;
        }
        for (var i = 0; i < batch.Items.Count; i++)
        {
            var item = batch.Items[i];
            run.Read++;
            if (last[item.Key] != i)
            {
                // A later text of the same identity in this batch wins: this one is never stored, so
                // ingesting the same input again finds the stored text unchanged.
                run.Unchanged++;
                var later = batch.Items[last[item.Key]].Document;
                run.Diagnostics.Add(ReadDiagnostic.Warning(item.Document.File, $"{item.Document.Id} is given again later ({later.File}{(later.Line is { } at ? $":{at}" : "")}); the later text replaces this one", item.Document.Line));
                continue;
            }
            var identity = StableHash.Of(item.Key);
            var existing = Find(item.Key, lookup, gate);
            var again = run.Identities.ContainsKey(identity);
            if (!again)
            {
                run.Identities[identity] = new Identity(existing?.OriginalHash, Outcome.None);
            }
            if (existing is { } same && same.OriginalHash == item.OriginalHash)
            {
                Unchanged(run, same, count: false);
                run.Settle(identity, item.OriginalHash);
                continue;
            }
            var article = item.StoredUnchanged ? _batches.PrepareAlone(item.Document, run.Diagnostics) : item.Prepared;
            if (article is null)
            {
                run.Rejected += item.StoredUnchanged ? 1 : 0;
                continue;
            }
            var holder = _contentInFlight.TryGetValue(article.ContentHash, out var flying) ? flying.Key : Locked(gate, () => lookup.HolderOf(article.ContentHash));
            if (holder is not null && holder != item.Key)
            {
                run.Unchanged++;
                run.Diagnostics.Add(ReadDiagnostic.Warning(item.Document.File, $"same text as the stored article {holder}; not stored twice", item.Document.Line));
                if (Find(holder, lookup, gate) is { } kept)
                {
                    Unchanged(run, kept, count: false);
                }
                continue;
            }
            if (existing is { } replaced)
            {
                if (again)
                {
                    run.Diagnostics.Add(ReadDiagnostic.Warning(item.Document.File, $"{item.Document.Id} was given before in this ingest; this later text replaces it", item.Document.Line));
                }
                var old = replaced.Features ?? Locked(gate, () => lookup.Features(replaced.Id));
                _clusterer.Remove(replaced.Story, old);
                write.Counted.Add((old, -1));
            }
            var assignment = _clusterer.Assign(article.Features);
            write.Counted.Add((article.Features, +1));
            var id = existing?.Id ?? _nextId++;
            var stored = new ArticleWrite
            {
                Id = id,
                Key = item.Key,
                Document = article.Article.Document,
                Clean = article.Article.Text,
                Title = article.Title,
                OriginalHash = item.OriginalHash,
                ContentHash = article.ContentHash,
                Sentences = article.Sentences,
                Features = article.Features,
                StoryId = assignment.StoryId,
                StoryScore = assignment.Similarity,
            };
            if (existing is not null)
            {
                write.Updates.Add((id, stored));
            }
            else
            {
                write.Inserts.Add(stored);
                _documents++;
            }
            run.Settle(identity, item.OriginalHash);
            _inFlight[item.Key] = new Placed(id, item.OriginalHash, assignment.StoryId, article.Features, batch.Number);
            _contentInFlight[article.ContentHash] = (item.Key, batch.Number);
            run.Articles.Add(id);
            run.Stories.Add(assignment.StoryId);
        }
        if (write.Inserts.Count > 0 || write.Updates.Count > 0)
        {
            writer.Add(write with { Documents = _documents });
        }
    }

    /// <summary>An identity's latest version: placed by this ingest and not yet committed, else as stored.</summary>
    private Placed? Find(string key, StoreLookup lookup, object gate)
    {
        if (_inFlight.TryGetValue(key, out var placed))
        {
            return placed;
        }
        return Locked(gate, () => lookup.Article(key)) is { } stored ? new Placed(stored.Id, stored.OriginalHash, stored.StoryId, null, -1) : null;
    }

    /// <summary>Drops what the store now holds from the in-memory record of batches on their way to it.</summary>
    private void Forget(int committed)
    {
        foreach (var (key, placed) in _inFlight.Where(p => p.Value.Batch <= committed).ToList())
        {
            _inFlight.Remove(key);
        }
        foreach (var (hash, _) in _contentInFlight.Where(p => p.Value.Batch <= committed).ToList())
        {
            _contentInFlight.Remove(hash);
        }
    }

    private static void Unchanged(RunState run, Placed article, bool count = true)
    {
        run.Unchanged += count ? 1 : 0;
        run.Articles.Add(article.Id);
        run.Stories.Add(article.Story);
    }

    private static T Locked<T>(object gate, Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    /// <summary>
    /// An article's identity: its own id when the input gave one (a <c>Id:</c> header, a JSON <c>id</c>),
    /// otherwise its file's full path, with the line for JSON lines.
    /// </summary>
    public static string KeyOf(SourceDocument document) => IngestBatches.KeyOf(document);

    /// <summary>An article placed by this ingest (with its profile, until its batch is committed) or read back from the store.</summary>
    private sealed record Placed(long Id, string OriginalHash, long Story, StoryFeatures? Features, int Batch);

    /// <summary>How an identity given in this ingest is counted in the summary.</summary>
    private enum Outcome
    {
        None,
        New,
        Updated,
        Unchanged,
    }

    /// <summary>An identity given in this ingest: its text hash in the store before the ingest (null: not stored), and how it is counted so far.</summary>
    private readonly record struct Identity(string? HashBefore, Outcome Counted);

    private sealed class RunState
    {
        /// <summary>Every identity given in this ingest, by the hash of its key.</summary>
        public Dictionary<ulong, Identity> Identities { get; } = [];

        /// <summary>
        /// Counts the latest text of an identity once, against what the store held before the ingest: new,
        /// updated, or unchanged (also when a text given earlier in this ingest was stored in between and this
        /// one puts the stored text back). A text it replaces that was given earlier in this ingest (in an
        /// earlier batch) is counted unchanged instead, as one replaced within a batch is: so one article
        /// replaced twice is one update, and ingesting the same feed again is all unchanged, wherever the batch
        /// boundaries fall.
        /// </summary>
        public void Settle(ulong identity, string hash)
        {
            var (before, counted) = Identities[identity];
            switch (counted)
            {
                case Outcome.New:
                    New--;
                    Unchanged++;
                    break;
                case Outcome.Updated:
                    Updated--;
                    Unchanged++;
                    break;
            }
            var now = before is null ? Outcome.New : before == hash ? Outcome.Unchanged : Outcome.Updated;
            _ = now switch
            {
                Outcome.New => New++,
                Outcome.Updated => Updated++,
                _ => Unchanged++,
            };
            Identities[identity] = new Identity(before, now);
        }

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
