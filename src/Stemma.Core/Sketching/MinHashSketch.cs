namespace Stemma.Sketching;

/// <summary>
/// A MinHash sketch of a set of features (Broder 1997): for each of k seeded hash functions, the smallest
/// hash over the set. The share of equal positions between two sketches estimates the sets' Jaccard
/// similarity. Sketches remember the options that made them and refuse to be compared with others.
/// </summary>
public sealed class MinHashSketch
{
    private readonly ulong[] _values;

    private MinHashSketch(ulong[] values, SketchOptions options)
    {
        _values = values;
        Options = options;
    }

    public SketchOptions Options { get; }

    public ReadOnlySpan<ulong> Values => _values;

    /// <summary>True when the sketched set was empty (every value is the empty marker).</summary>
    public bool IsEmpty => _values.Length > 0 && _values[0] == ulong.MaxValue;

    /// <summary>Sketches a set given as stable feature hashes (duplicates do not matter).</summary>
    public static MinHashSketch Create(ReadOnlySpan<ulong> features, SketchOptions options)
    {
        var values = new ulong[options.Hashes];
        Array.Fill(values, ulong.MaxValue);
        // The salts once per sketch rather than once per feature and hash.
        Span<ulong> salts = values.Length <= 256 ? stackalloc ulong[values.Length] : new ulong[values.Length];
        for (var i = 0; i < salts.Length; i++)
        {
            salts[i] = Salt(options.Seed, i);
        }
        foreach (var feature in features)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var h = StableHash.Mix(feature ^ salts[i]);
                if (h < values[i])
                {
                    values[i] = h;
                }
            }
        }
        return new MinHashSketch(values, options);
    }

    /// <summary>Estimated Jaccard similarity of the two sketched sets.</summary>
    public double EstimateJaccard(MinHashSketch other)
    {
        if (other.Options != Options)
        {
            throw new ArgumentException("Sketches made with different options (hash count or seed) cannot be compared.", nameof(other));
        }
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }
        var equal = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                equal++;
            }
        }
        return (double)equal / _values.Length;
    }

    /// <summary>One key per LSH band: the band's number and rows hashed together. Empty sets have no bands.</summary>
    public ulong[] BandKeys()
    {
        if (IsEmpty)
        {
            return [];
        }
        var rows = Options.RowsPerBand;
        var keys = new ulong[Options.Bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var key = StableHash.Mix((ulong)band + 1);
            for (var row = 0; row < rows; row++)
            {
                key = StableHash.Combine(key, _values[band * rows + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    private static ulong Salt(ulong seed, int i) => StableHash.Mix(seed + (ulong)i * 0x9E3779B97F4A7C15UL);
}
