using System.Diagnostics;
using System.Collections.Concurrent;
using Stemma.Storage;
using Stemma.Stories;

namespace Stemma.Pipeline;

/// <summary>
/// One batch's writes: new articles, new versions of stored ones, and the profiles whose terms' document
/// frequencies go up (+1, a profile stored) or down (-1, a replaced one).
/// </summary>
internal sealed record IngestWrite(
    int Batch,
    List<ArticleWrite> Inserts,
    List<(long Id, ArticleWrite Article)> Updates,
    List<(StoryFeatures Features, int Delta)> Counted,
    long Documents);

/// <summary>
/// Writes ingest batches on a thread of its own, one transaction each and in order, so SQLite is off the
/// clustering stage's critical path. Up to four batches wait, so a long write (a search-index feed, a WAL
/// checkpoint) does not stop the clustering stage; a failed write stops the ingest with its error.
/// </summary>
internal sealed class IngestWriter : IDisposable
{
    private readonly BlockingCollection<IngestWrite> _queue = new(boundedCapacity: 4);
    private readonly CancellationTokenSource _failed = new();
    private readonly Task _task;
    private readonly Stopwatch _busy = new();
    private readonly Stopwatch _waited = new();
    private TimeSpan? _cpu;
    private int _committed = -1;

    public IngestWriter(SqliteStore store)
    {
        _task = Task.Factory.StartNew(() =>
        {
            // The log's checkpoints run beside the writes: on this thread, one stopped the next batch's write,
            // and the last (at close) ran after everything else had finished.
            var checkpoints = store.CheckpointInBackground();
            try
            {
                foreach (var write in _queue.GetConsumingEnumerable())
                {
                    Timed(() => store.WriteIngestBatch(write.Inserts, write.Updates, write.Counted, write.Documents));
                    Volatile.Write(ref _committed, write.Batch);
                    checkpoints.Request();
                }
                // Every batch queued is committed (or the ingest stopped between batches): the articles not
                // yet in the search index and the document frequencies counted so far are written once, here.
                Timed(store.FinishIngest);
            }
            catch
            {
                _failed.Cancel();
                throw;
            }
            finally
            {
                checkpoints.Dispose();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Runs a write on the writer's thread, adding its time and CPU to the writer's.</summary>
    private void Timed(Action write)
    {
        lock (_busy)
        {
            _busy.Start();
        }
        var cpu = ThreadCpuTime.Now();
        write();
        lock (_busy)
        {
            _cpu = (_cpu ?? TimeSpan.Zero) + (ThreadCpuTime.Now() - cpu);
            _busy.Stop();
        }
    }

    /// <summary>The number of the last batch committed (-1 before the first).</summary>
    public int Committed => Volatile.Read(ref _committed);

    /// <summary>How long the writer has spent writing.</summary>
    public TimeSpan Busy
    {
        get
        {
            lock (_busy)
            {
                return _busy.Elapsed;
            }
        }
    }

    /// <summary>The CPU time the writer's thread has spent writing (null where the platform does not tell).</summary>
    public TimeSpan? Cpu
    {
        get
        {
            lock (_busy)
            {
                return _cpu;
            }
        }
    }

    /// <summary>How long <see cref="Add"/> has waited for the writer (a batch still queued).</summary>
    public TimeSpan Waited => _waited.Elapsed;

    /// <summary>Queues a batch, waiting while one is queued; throws the writer's error if it has failed.</summary>
    public void Add(IngestWrite write)
    {
        _waited.Start();
        try
        {
            _queue.Add(write, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            Complete();
            throw;
        }
        finally
        {
            _waited.Stop();
        }
    }

    /// <summary>Waits for every queued batch to be committed; throws the writer's error if it failed.</summary>
    public void Complete()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }
        _task.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }
        try
        {
            _task.Wait();
        }
        catch (AggregateException)
        {
            // Already reported by Complete or Add; disposing after a failure must not throw again.
        }
        _queue.Dispose();
        _failed.Dispose();
    }
}
