using System.Collections.Concurrent;

namespace Stemma.Pipeline;

/// <summary>
/// A thread-safe cache of values computed once per key, bounded by the estimated bytes its values hold
/// rather than by their count (one large file weighs as much as many small ones). Readers may race to a key;
/// each key's value is computed once. <see cref="Trim"/>, called between rounds of work, drops the least
/// recently used values until the estimate is under the budget.
/// </summary>
internal sealed class ByteBoundedCache<TValue>(long budget, Func<string, TValue> compute, Func<TValue, long> weigh)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>Values held now.</summary>
    public int Count => _entries.Count;

    public TValue Get(string key)
    {
        var entry = _entries.GetOrAdd(key, k => new Entry(new Lazy<TValue>(() => compute(k))));
        Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
        return entry.Value.Value;
    }

    /// <summary>Drops least recently used values until the estimated bytes held are within the budget.</summary>
    public void Trim()
    {
        var held = _entries.Select(e => (e.Key, e.Value, Bytes: e.Value.Value.IsValueCreated ? weigh(e.Value.Value.Value) : 0)).ToList();
        var total = held.Sum(h => h.Bytes);
        foreach (var (key, _, bytes) in held.OrderBy(h => Volatile.Read(ref h.Value.LastUsed)))
        {
            if (total <= budget)
            {
                break;
            }
            _entries.TryRemove(key, out _);
            total -= bytes;
        }
    }

    private sealed class Entry(Lazy<TValue> value)
    {
        public readonly Lazy<TValue> Value = value;
        public long LastUsed;
    }
}
