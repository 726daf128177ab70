using System.Runtime.Intrinsics;

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
        Fill(features, options, values);
        return new MinHashSketch(values, options);
    }

    /// <summary>
    /// The LSH band keys of a set's sketch (see <see cref="BandKeys()"/>) without keeping the sketch: what ingest
    /// stores for each sentence.
    /// </summary>
    public static ulong[] BandKeysOf(ReadOnlySpan<ulong> features, SketchOptions options)
    {
        Span<ulong> values = options.Hashes <= 256 ? stackalloc ulong[options.Hashes] : new ulong[options.Hashes];
        Fill(features, options, values);
        return BandKeys(values, options);
    }

    /// <summary>The k minima: per feature, each seeded hash (SplitMix64 of the feature xor the hash's salt) against its running minimum.</summary>
    private static void Fill(ReadOnlySpan<ulong> features, SketchOptions options, Span<ulong> values)
    {
        values.Fill(ulong.MaxValue);
        // The salts once per sketch rather than once per feature and hash.
        Span<ulong> salts = values.Length <= 256 ? stackalloc ulong[values.Length] : new ulong[values.Length];
        for (var i = 0; i < salts.Length; i++)
        {
            salts[i] = Salt(options.Seed, i);
        }
        // Four hashes at a time where the vector unit can: the same integer arithmetic, so the same minima.
        var vectorised = Vector256.IsHardwareAccelerated ? values.Length - values.Length % Vector256<ulong>.Count : 0;
        foreach (var feature in features)
        {
            var broadcast = Vector256.Create(feature);
            for (var i = 0; i < vectorised; i += Vector256<ulong>.Count)
            {
                var h = Mix(broadcast ^ Vector256.Create<ulong>(salts.Slice(i)));
                Vector256.Min(h, Vector256.Create<ulong>(values.Slice(i))).CopyTo(values.Slice(i));
            }
            for (var i = vectorised; i < values.Length; i++)
            {
                var h = StableHash.Mix(feature ^ salts[i]);
                if (h < values[i])
                {
                    values[i] = h;
                }
            }
        }
    }

    /// <summary><see cref="StableHash.Mix"/> lane by lane.</summary>
    private static Vector256<ulong> Mix(Vector256<ulong> value)
    {
        value = (value ^ Vector256.ShiftRightLogical(value, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        value = (value ^ Vector256.ShiftRightLogical(value, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return value ^ Vector256.ShiftRightLogical(value, 31);
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
    public ulong[] BandKeys() => BandKeys(_values, Options);

    private static ulong[] BandKeys(ReadOnlySpan<ulong> values, SketchOptions options)
    {
        if (values.Length > 0 && values[0] == ulong.MaxValue)
        {
            return [];
        }
        var rows = options.RowsPerBand;
        var keys = new ulong[options.Bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var key = StableHash.Mix((ulong)band + 1);
            for (var row = 0; row < rows; row++)
            {
                key = StableHash.Combine(key, values[band * rows + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    private static ulong Salt(ulong seed, int i) => StableHash.Mix(seed + (ulong)i * 0x9E3779B97F4A7C15UL);
}
