namespace Stemma.Sketching;

/// <summary>
/// A 64-bit hash that is the same in every process and on every machine, unlike <c>string.GetHashCode</c>:
/// FNV-1a over the UTF-16 code units, finished with the SplitMix64 mixer (Steele, Lea and Flood 2014) so
/// that nearby inputs spread over all 64 bits. Safe to persist.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong FnvPrimeSquared = unchecked(FnvPrime * FnvPrime);

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            if (c <= 0xFF)
            {
                // The high byte is 0, and xor with 0 changes nothing: the two steps are one multiply by the prime squared.
                hash = (hash ^ c) * FnvPrimeSquared;
                continue;
            }
            hash ^= (byte)c;
            hash *= FnvPrime;
            hash ^= (byte)(c >> 8);
            hash *= FnvPrime;
        }
        return Mix(hash);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    /// <summary>Combines an ordered pair of hashes (for n-grams: fold each word's hash into the running one).</summary>
    public static ulong Combine(ulong first, ulong second) => Mix(first ^ (second + 0x9E3779B97F4A7C15UL + (first << 6) + (first >> 2)));

    /// <summary>The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
