namespace Stemma.Stories;

/// <summary>
/// A story's term ids mapped to their slots in its term lists: an open-addressing table of non-negative ints
/// with linear probing. Scoring looks up every term of an article in each large candidate story, so this
/// lookup is the clustering stage's inner loop; a general dictionary's buckets, entries and version checks
/// made it two to three times slower.
/// </summary>
internal sealed class TermSlots
{
    private const int Empty = -1;

    private int[] _keys = Filled(16);
    private int[] _values = new int[16];
    private int _count;

    /// <summary>The slot of <paramref name="key"/> (≥ 0), or -1 when the story does not hold the term.</summary>
    public int Find(int key)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        for (var i = Start(key, mask); ; i = (i + 1) & mask)
        {
            var found = keys[i];
            if (found == key)
            {
                return _values[i];
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
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }
        Insert(_keys, _values, key, slot);
        _count++;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = Filled(keys.Length * 2);
        _values = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != Empty)
            {
                Insert(_keys, _values, keys[i], values[i]);
            }
        }
    }

    private static void Insert(int[] keys, int[] values, int key, int slot)
    {
        var mask = keys.Length - 1;
        var i = Start(key, mask);
        while (keys[i] != Empty)
        {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = slot;
    }

    /// <summary>Fibonacci hashing: term ids are dense and consecutive, so spread them over the table.</summary>
    private static int Start(int key, int mask) => (int)((uint)key * 2654435769u >> 7) & mask;

    private static int[] Filled(int length)
    {
        var keys = new int[length];
        Array.Fill(keys, Empty);
        return keys;
    }
}
