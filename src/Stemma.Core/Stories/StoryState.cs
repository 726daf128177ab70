using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stemma.Stories;

/// <summary>
/// A cached vector norm, refreshed in bounded steps: idf drifts as the corpus grows, so a norm computed at
/// <c>N</c> documents is kept until the corpus has grown by 1 % (exact while it holds fewer than 2,000 documents), or the
/// vector itself changes.
/// </summary>
internal struct CachedNorm
{
    /// <summary>
    /// Below this many documents every norm is exact: on ECB+ (496 articles) a 1 % step already moves one
    /// article, and small corpora are cheap to score exactly.
    /// </summary>
    private const int ExactBelow = 2000;

    private double _value;
    private int _documents;
    private bool _valid;

    public void Invalidate() => _valid = false;

    public readonly bool TryGet(int documents, out double value)
    {
        value = _value;
        return _valid && documents >= _documents && documents - _documents <= (_documents < ExactBelow ? 0 : _documents / 100);
    }

    public void Set(double value, int documents) => (_value, _documents, _valid) = (value, documents, true);
}

/// <summary>One member's profile over term ids (raw weights; idf is applied when compared).</summary>
internal sealed class MemberVector(int[] ids, float[] weights)
{
    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public CachedNorm Norm;
}

/// <summary>
/// What the clusterer keeps of a story while it can still be reached: summed member weights per term (the
/// mean profile up to a factor that cosine ignores) as parallel lists, its most recent members, its span of
/// publication times and the ingest position of its last member (for eviction).
/// </summary>
internal sealed class StoryState(long id)
{
    private readonly TermSlots _slots = new();

    public long Id { get; } = id;

    public List<int> TermIds { get; } = [];

    public List<float> Sums { get; } = [];

    public int Members { get; set; }

    public List<MemberVector> Recent { get; } = [];

    public DateTimeOffset? First { get; set; }

    public DateTimeOffset? Last { get; set; }

    /// <summary>The ingest position (articles placed so far) when a member last joined.</summary>
    public long Touched { get; set; }

    public CachedNorm Norm;

    /// <summary>Adds a member's weight to a term; true when the story did not hold the term before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(int termId, float weight)
    {
        Norm.Invalidate();
        var entry = _slots.Find(termId);
        if (entry >= 0)
        {
            var slot = _slots.SlotAt(entry);
            var sum = Sums[slot] + weight;
            Sums[slot] = sum;
            _slots.SetSum(entry, sum);
            return false;
        }
        _slots.Add(termId, TermIds.Count, weight);
        TermIds.Add(termId);
        Sums.Add(weight);
        return true;
    }

    /// <summary>Σ sum × scattered[term] over the story's terms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Dot(float[] scattered)
    {
        var ids = CollectionsMarshal.AsSpan(TermIds);
        var sums = CollectionsMarshal.AsSpan(Sums);
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            dot += scattered[ids[i]] * sums[i];
        }
        return dot;
    }

    /// <summary>
    /// <see cref="Dot(float[])"/> and the squared norm of the story's idf-weighted sums (<see cref="NormOf"/>)
    /// in one pass: the same sums in the same order, so the same values, for about the cost of one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Dot, double Norm) DotAndNorm(float[] scattered, TermTable terms, float logDocuments)
    {
        var ids = CollectionsMarshal.AsSpan(TermIds);
        var sums = CollectionsMarshal.AsSpan(Sums);
        var logCounts = terms.LogCounts;
        double dot = 0;
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            dot += scattered[id] * sums[i];
            var weight = sums[i] * TermTable.IdfOf(logDocuments, id < 0 ? 0f : logCounts[id]);
            norm += weight * weight;
        }
        return (dot, norm);
    }

    /// <summary>The squared norm of the story's sums weighted by idf (given ln(N + 1)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double NormOf(TermTable terms, float logDocuments)
    {
        var ids = CollectionsMarshal.AsSpan(TermIds);
        var sums = CollectionsMarshal.AsSpan(Sums);
        var logCounts = terms.LogCounts;
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            var weight = sums[i] * TermTable.IdfOf(logDocuments, id < 0 ? 0f : logCounts[id]);
            norm += weight * weight;
        }
        return norm;
    }

    /// <summary>The same sum taken over <paramref name="termIds"/> (an article's terms), looking each up in the story.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Dot(int[] termIds, float[] scattered)
    {
        const int Ahead = 8;
        double dot = 0;
        for (var i = 0; i < termIds.Length; i++)
        {
            if (i + Ahead < termIds.Length && termIds[i + Ahead] >= 0)
            {
                _slots.Prefetch(termIds[i + Ahead]);
            }
            var id = termIds[i];
            if (id >= 0 && _slots.Find(id) is var entry and >= 0)
            {
                dot += scattered[id] * _slots.SumAt(entry);
            }
        }
        return dot;
    }

    public void Subtract(int termId, float weight)
    {
        Norm.Invalidate();
        if (_slots.Find(termId) is var entry and >= 0)
        {
            var slot = _slots.SlotAt(entry);
            var sum = MathF.Max(0, Sums[slot] - weight);
            Sums[slot] = sum;
            _slots.SetSum(entry, sum);
        }
    }

    public bool IsClose(DateTimeOffset? published, TimeSpan span) =>
        published is { } time && First is { } first && Last is { } last && time >= first - span && time <= last + span;

    public bool Admits(DateTimeOffset? published, TimeSpan window) =>
        published is not { } time || First is not { } first || Last is not { } last
        || (time >= first - window && time <= last + window);
}
