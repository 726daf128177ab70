using System.Runtime.CompilerServices;

namespace Stemma.Stories;

/// <summary>
/// The corpus's terms as dense integer ids, with each term's document frequency and ln(df + 1) kept beside it,
/// so inverse document frequency is an array read and a subtraction (ln(N + 1) − ln(df + 1), the same value
/// as ln((N + 1) / (df + 1))) instead of a hash lookup and a logarithm per term per comparison. While the
/// corpus is small, the count of documents is floored so that one shared word does not look rare.
/// </summary>
internal sealed class TermTable
{
    /// <summary>The corpus size below which frequencies are read as if there were this many documents.</summary>
    public const int MinimumDocuments = 50;

    /// <summary>The least idf a term gets, so a word in every document still counts a little.</summary>
    public const float IdfFloor = 0.1f;

    private readonly TermIdMap _ids = new();
    private int[] _counts = new int[1024];
    private float[] _logCounts = new float[1024];

    /// <summary>Documents counted so far.</summary>
    public int Documents { get; private set; }

    /// <summary>Distinct terms seen so far (ids run from 0 to this minus one).</summary>
    public int Count => _ids.Count;

    /// <summary>ln(max(N, floor) + 1): the per-corpus half of every idf.</summary>
    public float LogDocuments => MathF.Log(Math.Max(Documents, MinimumDocuments) + 1f);

    /// <summary>Counts one document's terms, giving new terms ids; returns the id of each term, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Add(WeightedTerm[] terms)
    {
        Documents++;
        var ids = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var id = IdOf(terms[i].Key);
            ids[i] = id;
            Set(id, _counts[id] + 1);
        }
        return ids;
    }

    /// <summary>Forgets one document's terms (an article replaced by its new version).</summary>
    public void Remove(WeightedTerm[] terms)
    {
        Documents = Math.Max(0, Documents - 1);
        foreach (var term in terms)
        {
            if (_ids.Find(term.Key) is var id and >= 0)
            {
                Set(id, Math.Max(0, _counts[id] - 1));
            }
        }
    }

    /// <summary>Sets the frequencies read back from a store: <paramref name="documents"/> documents, and each term's count.</summary>
    public void Load(int documents, IEnumerable<(ulong Key, int Count)> counts)
    {
        Documents = documents;
        foreach (var (key, count) in counts)
        {
            Set(IdOf(key), count);
        }
    }

    /// <summary>The id of a known term, or -1.</summary>
    public int Find(ulong key) => _ids.Find(key);

    /// <summary>Inverse document frequency of term <paramref name="id"/> (-1: a term no document holds) given <see cref="LogDocuments"/>.</summary>
    public float Idf(int id, float logDocuments) => IdfOf(logDocuments, id < 0 ? 0f : _logCounts[id]);

    /// <summary>
    /// The idf of a term whose ln(df + 1) is <paramref name="logCount"/>: max(floor, ln(N + 1) − ln(df + 1)).
    /// Both logarithms are finite, so a comparison gives what <see cref="MathF.Max(float, float)"/> would
    /// without its NaN and signed-zero fix-ups (three instructions per term in the comparisons' loops).
    /// </summary>
    public static float IdfOf(float logDocuments, float logCount)
    {
        var idf = logDocuments - logCount;
        return idf > IdfFloor ? idf : IdfFloor;
    }

    /// <summary>ln(df + 1) by term id, for loops that read many terms' idf (<see cref="IdfOf"/>); ids ≥ <see cref="Count"/> are not terms.</summary>
    public float[] LogCounts => _logCounts;

    /// <summary>The id of a term, given a new id (with no documents yet) when it is unknown.</summary>
    public int Ensure(ulong key) => IdOf(key);

    private int IdOf(ulong key)
    {
        var id = _ids.Find(key);
        if (id >= 0)
        {
            return id;
        }
        id = _ids.Count;
        _ids.Add(key, id);
        if (id == _counts.Length)
        {
            Array.Resize(ref _counts, id * 2);
            Array.Resize(ref _logCounts, id * 2);
        }
        return id;
    }

    private void Set(int id, int count)
    {
        _counts[id] = count;
        _logCounts[id] = MathF.Log(count + 1f);
    }
}
