namespace Stemma.Stories;

/// <summary>
/// Running document frequencies of terms, for inverse document frequency that grows with the corpus. While
/// the corpus is small, the count of documents is floored so that one shared word does not look rare.
/// </summary>
public sealed class DocumentFrequencies
{
    /// <summary>The corpus size below which frequencies are read as if there were this many documents.</summary>
    public const int MinimumDocuments = 50;

    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>Documents counted so far.</summary>
    public int Documents { get; private set; }

    /// <summary>Counts one document's terms.</summary>
    public void Add(StoryFeatures features)
    {
        Documents++;
        foreach (var term in features.Terms)
        {
            _counts[term.Key] = _counts.GetValueOrDefault(term.Key) + 1;
        }
    }

    /// <summary>Forgets one document's terms (an article replaced by its new version).</summary>
    public void Remove(StoryFeatures features)
    {
        Documents = Math.Max(0, Documents - 1);
        foreach (var term in features.Terms)
        {
            if (_counts.TryGetValue(term.Key, out var count))
            {
                _counts[term.Key] = Math.Max(0, count - 1);
            }
        }
    }

    /// <summary>How many documents hold <paramref name="key"/>.</summary>
    public int Count(ulong key) => _counts.GetValueOrDefault(key);

    /// <summary>Inverse document frequency, ln((N + 1) / (df + 1)), never below a small positive floor.</summary>
    public float Idf(ulong key)
    {
        var documents = Math.Max(Documents, MinimumDocuments);
        return MathF.Max(0.1f, MathF.Log((documents + 1f) / (Count(key) + 1f)));
    }
}
