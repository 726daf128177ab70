using System.Runtime.CompilerServices;
using Stemma.Sketching;

namespace Stemma.Text;

/// <summary>
/// The folded form, stem and stop-word flag of a word as written, remembered per thread: news text repeats
/// its words, so most tokens are found here instead of being folded, stemmed and hashed again, and the
/// articles of a batch share one string per form instead of allocating two per token. A pure cache: the
/// forms are those <see cref="TextFolding.Fold"/>, <see cref="StopWords"/>, <see cref="Porter2Stemmer"/> and
/// <see cref="StableHash"/> give.
/// </summary>
internal static class WordForms
{
    /// <summary>
    /// Distinct spellings kept per thread before the cache starts again (a few MB: a corpus's vocabulary
    /// grows without bound, the cache must not).
    /// </summary>
    private const int Capacity = 50_000;

    /// <summary>Longer tokens (URLs, codes) are rarely repeated; they are worked out each time.</summary>
    private const int MaxCachedLength = 24;

    [ThreadStatic]
    private static Table? _cache;

    /// <summary>The forms of a word token.</summary>
    public static Forms Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return Compute(word);
        }
        return (_cache ??= new Table()).Of(word);
    }

    private static Forms Compute(ReadOnlySpan<char> word)
    {
        var folded = TextFolding.Fold(word);
        var isStop = StopWords.Contains(folded);
        var stem = isStop ? folded : Porter2Stemmer.Stem(folded);
        return new Forms(folded, stem, isStop, StableHash.Of(stem));
    }

    /// <summary>
    /// A word's folded form, its stem (the folded form for a stop word), whether it is a stop word, and the
    /// stable hash of its stem (the key sketches and story profiles use).
    /// </summary>
    public readonly record struct Forms(string Folded, string Stem, bool IsStop, ulong StemKey)
    {
        public int FoldedLength { get; } = Folded.Length;

        public int StemLength { get; } = Stem.Length;
    }

    /// <summary>
    /// Spellings to forms by open addressing over a power-of-two slot array, looked up by span: most tokens
    /// are found with one probe and one comparison, where a string-keyed dictionary's lookup was the largest
    /// single cost of preparing an article.
    /// </summary>
    private sealed class Table
    {
        private const int SlotCount = 1 << 17; // more than twice the capacity, so probe runs stay short

        private readonly int[] _slots = new int[SlotCount]; // entry index + 1; 0 is empty
        private readonly Entry[] _entries = new Entry[Capacity];
        private int _count;

        public Forms Of(ReadOnlySpan<char> word)
        {
            var hash = HashOf(word);
            var slot = (int)hash & (SlotCount - 1);
            while (_slots[slot] is var index and > 0)
            {
                ref var entry = ref _entries[index - 1];
                if (entry.Hash == hash && word.SequenceEqual(entry.Word))
                {
                    return entry.Forms;
                }
                slot = (slot + 1) & (SlotCount - 1);
            }
            var forms = Compute(word);
            if (_count == Capacity)
            {
                Array.Clear(_slots);
                Array.Clear(_entries);
                _count = 0;
                slot = (int)hash & (SlotCount - 1);
            }
            _entries[_count] = new Entry(word.ToString(), hash, forms);
            _slots[slot] = ++_count;
            return forms;
        }

        /// <summary>A quick in-process hash of a short span (never persisted).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint HashOf(ReadOnlySpan<char> word)
        {
            var hash = (uint)word.Length * 0x9E3779B1u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 0x01000193u;
            }
            return hash ^ (hash >> 15);
        }

        private readonly record struct Entry(string Word, uint Hash, Forms Forms);
    }
}
