using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Stemma.Stories;

/// <summary>
/// A story's term ids mapped to their slots in its term lists: an open-addressing table of non-negative ints
/// with linear probing. Scoring looks up every term of an article in each large candidate story, so this
/// lookup is the clustering stage's inner loop; a general dictionary's buckets, entries and version checks
/// made it two to three times slower. Each key sits beside its slot and a copy of the term's sum in one
/// array, so scoring's lookup in a large story (whose table is far bigger than the cache) costs one cache
/// miss, not three.
/// </summary>
internal sealed class TermSlots
{
    private const int Empty = -1;

    /// <summary>Entries (key, slot, sum's bits) at 3i, 3i + 1 and 3i + 2; the number of entries is a power of two.</summary>
    private int[] _entries = Filled(16);
    private int _count;

    /// <summary>The entry of <paramref name="key"/> (≥ 0), or -1 when the story does not hold the term.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(int key)
    {
        var entries = _entries;
        var mask = entries.Length / 3 - 1;
        for (var i = Start(key, mask); ; i = (i + 1) & mask)
        {
            var found = entries[3 * i];
            if (found == key)
            {
                return i;
            }
            if (found == Empty)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Asks the processor to start loading <paramref name="key"/>'s first probe: a large story's table is far
    /// bigger than the cache, and a lookup issued some terms ahead overlaps its miss with the lookups between.
    /// A hint only (a stale address after the array moved is harmless), so results cannot depend on it.
    /// </summary>
    public unsafe void Prefetch(int key)
    {
        if (Sse.IsSupported)
        {
            var entries = _entries;
            Sse.Prefetch0(Unsafe.AsPointer(ref entries[3 * Start(key, entries.Length / 3 - 1)]));
        }
    }

    /// <summary>The slot in the story's term lists of the term at <paramref name="entry"/> (from <see cref="Find"/>).</summary>
    public int SlotAt(int entry) => _entries[3 * entry + 1];

    /// <summary>The sum kept beside the term at <paramref name="entry"/> (the same value as the story's list holds).</summary>
    public float SumAt(int entry) => BitConverter.Int32BitsToSingle(_entries[3 * entry + 2]);

    public void SetSum(int entry, float sum) => _entries[3 * entry + 2] = BitConverter.SingleToInt32Bits(sum);

    /// <summary>Adds a term not yet held (a caller checks <see cref="Find"/> first).</summary>
    public void Add(int key, int slot, float sum)
    {
        if ((_count + 1) * 2 > _entries.Length / 3)
        {
            Grow();
        }
        Insert(_entries, key, slot, BitConverter.SingleToInt32Bits(sum));
        _count++;
    }

    private void Grow()
    {
        var entries = _entries;
        _entries = Filled(entries.Length / 3 * 2);
        for (var i = 0; i < entries.Length; i += 3)
        {
            if (entries[i] != Empty)
            {
                Insert(_entries, entries[i], entries[i + 1], entries[i + 2]);
            }
        }
    }

    private static void Insert(int[] entries, int key, int slot, int sumBits)
    {
        var mask = entries.Length / 3 - 1;
        var i = Start(key, mask);
        while (entries[3 * i] != Empty)
        {
            i = (i + 1) & mask;
        }
        (entries[3 * i], entries[3 * i + 1], entries[3 * i + 2]) = (key, slot, sumBits);
    }

    /// <summary>Fibonacci hashing: term ids are dense and consecutive, so spread them over the table.</summary>
    private static int Start(int key, int mask) => (int)((uint)key * 2654435769u >> 7) & mask;

    /// <summary>A table of <paramref name="count"/> empty entries (slots and sums are only read beside a key found).</summary>
    private static int[] Filled(int count)
    {
        var entries = new int[3 * count];
        Array.Fill(entries, Empty);
        return entries;
    }
}
