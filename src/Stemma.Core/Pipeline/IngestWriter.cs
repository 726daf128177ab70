using System.Collections.Concurrent;
using Stemma.Storage;

namespace Stemma.Pipeline;

/// <summary>One batch's writes: new articles, new versions of stored ones, the change in each term's document frequency.</summary>
internal sealed record IngestWrite(
    int Batch,
    List<ArticleWrite> Inserts,
    List<(long Id, ArticleWrite Article)> Updates,
    Dictionary<ulong, int> TermChanges,
    long Documents);

/// <summary>
/// Writes ingest batches on a thread of its own, one transaction each and in order, so SQLite is off the
/// clustering stage's critical path. At most one batch waits; a failed write stops the ingest with its error.
/// </summary>
internal sealed class IngestWriter : IDisposable
{
    private readonly BlockingCollection<IngestWrite> _queue = new(boundedCapacity: 1);
    private readonly CancellationTokenSource _failed = new();
    private readonly Task _task;
    private int _committed = -1;

    public IngestWriter(SqliteStore store)
    {
        _task = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var write in _queue.GetConsumingEnumerable())
                {
                    store.WriteIngestBatch(write.Inserts, write.Updates, write.TermChanges, write.Documents);
                    Volatile.Write(ref _committed, write.Batch);
                }
            }
            catch
            {
                _failed.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The number of the last batch committed (-1 before the first).</summary>
    public int Committed => Volatile.Read(ref _committed);

    /// <summary>Queues a batch, waiting while one is queued; throws the writer's error if it has failed.</summary>
    public void Add(IngestWrite write)
    {
        try
        {
            _queue.Add(write, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            Complete();
            throw;
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
