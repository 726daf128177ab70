namespace Stemma.Text;

/// <summary>
/// The folded form, stem and stop-word flag of a word as written, remembered per thread: news text repeats
/// its words, so most tokens are found here instead of being folded and stemmed again, and the articles of a
/// batch share one string per form instead of allocating two per token. A pure cache: the forms are those
/// <see cref="TextFolding.Fold"/>, <see cref="StopWords"/> and <see cref="Porter2Stemmer"/> give.
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
    private static Dictionary<string, Forms>? _cache;

    /// <summary>The forms of a word token.</summary>
    public static Forms Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return Compute(word);
        }
        var cache = _cache ??= new Dictionary<string, Forms>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var forms))
        {
            return forms;
        }
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }
        forms = Compute(word);
        lookup[word] = forms;
        return forms;
    }

    private static Forms Compute(ReadOnlySpan<char> word)
    {
        var folded = TextFolding.Fold(word);
        var isStop = StopWords.Contains(folded);
        return new Forms(folded, isStop ? folded : Porter2Stemmer.Stem(folded), isStop);
    }

    /// <summary>A word's folded form, its stem (the folded form for a stop word) and whether it is a stop word.</summary>
    public readonly record struct Forms(string Folded, string Stem, bool IsStop);
}
