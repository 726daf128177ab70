using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stemma.Stories;

/// <summary>
/// An article's candidate stories: each story its query terms' postings reach, counted once per term that
/// reaches it, and the best few by that count (ties to the newer story, the higher id). Only the best few are
/// needed, so they are kept in a small heap as the counts are read instead of sorting every story reached
/// (often thousands): the ranking is the same total order, so the same stories come out in the same order.
/// </summary>
internal sealed class CandidateRanking
{
    /// <summary>Story ids below this pack with their count into one sortable <see cref="long"/> (count above the id's bits).</summary>
    private const int IdBits = 47;

    private readonly Dictionary<long, int> _hits = [];
    private long[] _heap = new long[64];

    /// <summary>Forgets the counts of the previous article.</summary>
    public void Clear() => _hits.Clear();

    /// <summary>Counts one query term's stories.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(ReadOnlySpan<long> stories)
    {
        foreach (var story in stories)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_hits, story, out _)++;
        }
    }

    /// <summary>Fills <paramref name="ranked"/> with the best <paramref name="count"/> stories counted, best first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Best(int count, List<long> ranked)
    {
        ranked.Clear();
        count = Math.Min(count, _hits.Count);
        if (_heap.Length < count)
        {
            _heap = new long[count];
        }
        var heap = _heap;
        var size = 0;
        foreach (var (story, hits) in _hits)
        {
            if (story is < 0 or >= 1L << IdBits || hits >= 1 << (63 - IdBits))
            {
                BestBySorting(count, ranked);
                return;
            }
            var key = ((long)hits << IdBits) | story;
            if (size < count)
            {
                heap[size] = key;
                SiftUp(heap, size++);
            }
            else if (key > heap[0])
            {
                heap[0] = key;
                SiftDown(heap, size);
            }
        }
        Array.Sort(heap, 0, size);
        for (var i = size - 1; i >= 0; i--)
        {
            ranked.Add(heap[i] & ((1L << IdBits) - 1));
        }
    }

    /// <summary>The same ranking for ids or counts too large to pack: every story sorted.</summary>
    private void BestBySorting(int count, List<long> ranked)
    {
        var all = _hits.Select(h => (Story: h.Key, h.Value)).ToList();
        all.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : b.Story.CompareTo(a.Story));
        ranked.Clear();
        ranked.AddRange(all.Take(count).Select(a => a.Story));
    }

    /// <summary>Restores the min-heap order after a key was put at <paramref name="at"/> (the end).</summary>
    private static void SiftUp(long[] heap, int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (heap[parent] <= heap[at])
            {
                return;
            }
            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    /// <summary>Restores the min-heap order of <paramref name="size"/> keys after the root was replaced.</summary>
    private static void SiftDown(long[] heap, int size)
    {
        var at = 0;
        while (true)
        {
            var smallest = at;
            var (left, right) = (2 * at + 1, 2 * at + 2);
            if (left < size && heap[left] < heap[smallest])
            {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest])
            {
                smallest = right;
            }
            if (smallest == at)
            {
                return;
            }
            (heap[smallest], heap[at]) = (heap[at], heap[smallest]);
            at = smallest;
        }
    }
}
