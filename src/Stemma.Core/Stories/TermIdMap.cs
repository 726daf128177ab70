using System.Runtime.CompilerServices;

namespace Stemma.Stories;

/// <summary>
/// Term keys (stable 64-bit hashes) to dense ids: an open-addressing table with linear probing, each key
/// beside its id. Every term of every article is looked up here once; a general dictionary's buckets,
/// entries and version checks cost about twice as much.
/// </summary>
internal sealed class TermIdMap
{
    private Entry[] _entries = new Entry[1024];

    /// <summary>Keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, or -1 when it is not held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ulong key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Start(key, mask); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }
            if (entry.Key == key)
            {
                return entry.IdPlusOne - 1;
            }
        }
    }

    /// <summary>Adds a key not yet held (a caller checks <see cref="Find"/> first) with id <paramref name="id"/> (≥ 0).</summary>
    public void Add(ulong key, int id)
    {
        if ((Count + 1) * 2 > _entries.Length)
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            foreach (var entry in old)
            {
                if (entry.IdPlusOne != 0)
                {
                    Insert(_entries, entry);
                }
            }
        }
        Insert(_entries, new Entry(key, id + 1));
        Count++;
    }

    private static void Insert(Entry[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        var i = Start(entry.Key, mask);
        while (entries[i].IdPlusOne != 0)
        {
            i = (i + 1) & mask;
        }
        entries[i] = entry;
    }

    /// <summary>Fibonacci hashing of the key's bits (the keys are hashes already, but cheap insurance against clustered ones).</summary>
    private static int Start(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    /// <summary>A key and its id + 1 (0 marks an empty entry, so a fresh array is an empty table).</summary>
    private readonly record struct Entry(ulong Key, int IdPlusOne);
}
