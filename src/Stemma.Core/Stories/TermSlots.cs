using System.Runtime.CompilerServices;

namespace Stemma.Stories;

/// <summary>
/// A story's term ids mapped to their slots in its term lists: an open-addressing table of non-negative ints
/// with linear probing. Scoring looks up every term of an article in each large candidate story, so this
/// lookup is the clustering stage's inner loop; a general dictionary's buckets, entries and version checks
/// made it two to three times slower. Each key sits beside its slot in one array, so a lookup in a large
/// story (whose table is far bigger than the cache) costs one cache miss, not two.
/// </summary>
internal sealed class TermSlots
{
    private const int Empty = -1;

    /// <summary>Pairs (key, slot) at 2i and 2i + 1; the number of pairs is a power of two.</summary>
    private int[] _entries = Filled(32);
    private int _count;

    /// <summary>The slot of <paramref name="key"/> (≥ 0), or -1 when the story does not hold the term.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(int key)
    {
        var entries = _entries;
        var mask = (entries.Length >> 1) - 1;
        for (var i = Start(key, mask); ; i = (i + 1) & mask)
        {
            var found = entries[2 * i];
            if (found == key)
            {
                return entries[2 * i + 1];
            }
            if (found == Empty)
            {
                return -1;
            }
        }
    }

    /// <summary>Adds a term not yet held (a caller checks <see cref="Find"/> first).</summary>
    public void Add(int key, int slot)
    {
        if ((_count + 1) * 4 > _entries.Length)
        {
            Grow();
        }
        Insert(_entries, key, slot);
        _count++;
    }

    private void Grow()
    {
        var entries = _entries;
        _entries = Filled(entries.Length * 2);
        for (var i = 0; i < entries.Length; i += 2)
        {
            if (entries[i] != Empty)
            {
                Insert(_entries, entries[i], entries[i + 1]);
            }
        }
    }

    private static void Insert(int[] entries, int key, int slot)
    {
        var mask = (entries.Length >> 1) - 1;
        var i = Start(key, mask);
        while (entries[2 * i] != Empty)
        {
            i = (i + 1) & mask;
        }
        entries[2 * i] = key;
        entries[2 * i + 1] = slot;
    }

    /// <summary>Fibonacci hashing: term ids are dense and consecutive, so spread them over the table.</summary>
    private static int Start(int key, int mask) => (int)((uint)key * 2654435769u >> 7) & mask;

    /// <summary>A table of <paramref name="length"/> / 2 empty pairs (slots are only read beside a key found).</summary>
    private static int[] Filled(int length)
    {
        var entries = new int[length];
        Array.Fill(entries, Empty);
        return entries;
    }
}
