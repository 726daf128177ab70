using System.Buffers.Binary;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>Little-endian binary forms of term profiles and sketch keys, the same on every machine.</summary>
internal static class FeatureBlob
{
    private const int TermSize = sizeof(ulong) + sizeof(float);

    public static byte[] Write(WeightedTerm[] terms)
    {
        var bytes = new byte[terms.Length * TermSize];
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = bytes.AsSpan(i * TermSize);
            BinaryPrimitives.WriteUInt64LittleEndian(slot, terms[i].Key);
            BinaryPrimitives.WriteSingleLittleEndian(slot[sizeof(ulong)..], terms[i].Weight);
        }
        return bytes;
    }

    public static WeightedTerm[] Read(byte[] bytes)
    {
        if (bytes.Length % TermSize != 0)
        {
            throw new InvalidDataException($"a term profile of {bytes.Length} bytes is not a whole number of {TermSize}-byte terms");
        }
        var terms = new WeightedTerm[bytes.Length / TermSize];
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = bytes.AsSpan(i * TermSize);
            terms[i] = new WeightedTerm(BinaryPrimitives.ReadUInt64LittleEndian(slot), BinaryPrimitives.ReadSingleLittleEndian(slot[sizeof(ulong)..]));
        }
        return terms;
    }

    public static byte[] WriteKeys(ulong[] keys)
    {
        var bytes = new byte[keys.Length * sizeof(ulong)];
        for (var i = 0; i < keys.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), keys[i]);
        }
        return bytes;
    }

    public static ulong[] ReadKeys(byte[] bytes)
    {
        var keys = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        }
        return keys;
    }
}
