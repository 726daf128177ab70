using System.Buffers.Binary;

namespace Stemma.Storage;

/// <summary>
/// An article's sentences as one little-endian blob, the same on every machine: for each sentence in order,
/// its offset and length in the original file and its number of sketch bands (three 32-bit integers), then
/// those bands (64 bits each).
/// </summary>
internal static class SentenceBlob
{
    private const int HeadSize = 3 * sizeof(int);

    public static byte[] Write(IReadOnlyList<StoredSentence> sentences)
    {
        var size = 0;
        foreach (var sentence in sentences)
        {
            size += HeadSize + sentence.Bands.Length * sizeof(ulong);
        }
        var bytes = new byte[size];
        var at = 0;
        foreach (var sentence in sentences)
        {
            var slot = bytes.AsSpan(at);
            BinaryPrimitives.WriteInt32LittleEndian(slot, sentence.OriginalOffset);
            BinaryPrimitives.WriteInt32LittleEndian(slot[sizeof(int)..], sentence.OriginalLength);
            BinaryPrimitives.WriteInt32LittleEndian(slot[(2 * sizeof(int))..], sentence.Bands.Length);
            at += HeadSize;
            foreach (var band in sentence.Bands)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at), band);
                at += sizeof(ulong);
            }
        }
        return bytes;
    }

    /// <exception cref="InvalidDataException">The blob is cut short or names a negative number of bands.</exception>
    public static List<StoredSentence> Read(byte[] bytes)
    {
        var sentences = new List<StoredSentence>();
        var at = 0;
        while (at < bytes.Length)
        {
            if (bytes.Length - at < HeadSize)
            {
                throw new InvalidDataException($"a sentence blob of {bytes.Length} bytes ends inside a sentence's head at byte {at}");
            }
            var slot = bytes.AsSpan(at);
            var offset = BinaryPrimitives.ReadInt32LittleEndian(slot);
            var length = BinaryPrimitives.ReadInt32LittleEndian(slot[sizeof(int)..]);
            var count = BinaryPrimitives.ReadInt32LittleEndian(slot[(2 * sizeof(int))..]);
            at += HeadSize;
            if (count < 0 || (long)count * sizeof(ulong) > bytes.Length - at)
            {
                throw new InvalidDataException($"a sentence blob of {bytes.Length} bytes names {count} bands at byte {at - HeadSize}, more than it holds");
            }
            var bands = new ulong[count];
            for (var i = 0; i < count; i++, at += sizeof(ulong))
            {
                bands[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at));
            }
            sentences.Add(new StoredSentence(offset, length, bands));
        }
        return sentences;
    }
}
