using System.Runtime.CompilerServices;

namespace Stemma.Stories;

/// <summary>Where an article went: its story, whether that story is new, and the similarity that decided it.</summary>
public readonly record struct StoryAssignment(long StoryId, bool IsNew, double Similarity);

/// <summary>
/// Online story clustering (DESIGN.md stage 7): each new article joins the most similar existing story, if
/// that story is similar enough and within the time window, or opens a new one. A story is its members'
/// mean term profile; similarity is the cosine of idf-weighted profiles, with idf taken from the corpus as
/// it grows. Candidate stories come from posting lists of the article's heaviest terms, scanning only each
/// list's most recent stories, so the cost of an article does not grow with the archive.
/// </summary>
/// <remarks>
/// Cost per article depends on its candidates only: terms are dense integer ids, the article's idf-weighted
/// profile is scattered once into an array indexed by term id (so each comparison is one pass over the
/// story's or member's terms, with no hash lookup or logarithm), the article's norm is computed once, story
/// and member norms are cached and refreshed in bounded steps (<see cref="CachedNorm"/>), and a candidate
/// whose mean-profile score cannot beat the best so far even with a perfect member match is not compared
/// member by member. Memory is bounded: a story the time window can no longer reach (its last member is more
/// than <see cref="StoryClusteringOptions.TimeWindow"/> + <see cref="StoryClusteringOptions.Lateness"/> older
/// than the newest article seen), or that no article joined in the last
/// <see cref="StoryClusteringOptions.IngestHorizon"/> articles (the only pruning for undated input), is
/// evicted with its members and postings.
/// </remarks>
public sealed partial class StoryClusterer
{
    private const int SweepEvery = 1024;

    private readonly StoryClusteringOptions _options;
    private readonly TermTable _terms = new();
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly StoryPostings _postings;
    private readonly CandidateRanking _candidates = new();
    private readonly List<long> _ranked = [];
    private readonly List<(int Rank, StoryState Story, double Partial, double Dot)> _scored = [];
    private float[] _scratch = new float[1024];
    private long[] _order = new long[256];
    private int[] _query = new int[32];
    private double[] _memberNorms = new double[16];
    private double[] _memberDots = new double[16];
    private long _nextId = 1;
    private long _placed;
    private int _evictedSincePrune;
    private DateTimeOffset? _newest;

    public StoryClusterer(StoryClusteringOptions? options = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _options.Validate();
        _postings = new StoryPostings(_options.PostingsScanned);
    }

    /// <summary>Stories held in memory (those that can still be reached).</summary>
    public int StoryCount => _stories.Count;

    /// <summary>Places an article in a story and remembers it there.</summary>
    public StoryAssignment Assign(StoryFeatures features)
    {
        var ids = _terms.Add(features.Terms);
        Observe(features.Published);
        var article = Scatter(features, ids);
        var (best, similarity) = BestStory(features, ids, article);
        Clear(ids);
        StoryAssignment assignment;
        if (best is not null && similarity >= _options.JoinThreshold)
        {
            AddMember(best, features, ids);
            assignment = new StoryAssignment(best.Id, false, similarity);
        }
        else
        {
            var id = _nextId++;
            AddMember(NewStory(id), features, ids);
            assignment = new StoryAssignment(id, true, similarity);
        }
        if (++_placed % SweepEvery == 0)
        {
            Evict();
        }
        return assignment;
    }

    /// <summary>Puts back an article already placed in <paramref name="storyId"/> (loading a store), counting its terms.</summary>
    public void Restore(long storyId, StoryFeatures features)
    {
        var ids = _terms.Add(features.Terms);
        RestoreMember(storyId, features, ids);
    }

    /// <summary>
    /// Sets the corpus statistics read back from a store (the documents held and each term's document count),
    /// so that stories can then be restored with <see cref="RestoreMember(long, StoryFeatures)"/> without reading every article.
    /// </summary>
    public void LoadFrequencies(int documents, IEnumerable<(ulong Key, int Count)> counts) => _terms.Load(documents, counts);

    /// <summary>Puts back a member of a stored story whose terms the loaded frequencies already count.</summary>
    public void RestoreMember(long storyId, StoryFeatures features)
    {
        var ids = new int[features.Terms.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _terms.Ensure(features.Terms[i].Key);
        }
        RestoreMember(storyId, features, ids);
    }

    /// <summary>Takes an article's old version out of its story (before its new version is assigned again).</summary>
    public void Remove(long storyId, StoryFeatures features)
    {
        _terms.Remove(features.Terms);
        if (!_stories.TryGetValue(storyId, out var story))
        {
            return;
        }
        story.Members--;
        var ids = new int[features.Terms.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _terms.Find(features.Terms[i].Key);
            story.Subtract(ids[i], features.Terms[i].Weight);
        }
        var recent = story.Recent.FindIndex(r => r.Ids.AsSpan().SequenceEqual(ids) && r.Weights.AsSpan().SequenceEqual(Weights(features)));
        if (recent >= 0)
        {
            story.Recent.RemoveAt(recent);
        }
    }

    /// <summary>The similarity of an article to a story's mean profile, as <see cref="Assign"/> measures it (0 for an unknown story).</summary>
    public double Similarity(StoryFeatures features, long storyId)
    {
        if (!_stories.TryGetValue(storyId, out var story))
        {
            return 0;
        }
        var ids = features.Terms.Select(t => _terms.Find(t.Key)).ToArray();
        var article = Scatter(features, ids);
        var (centroid, _) = Centroid(story, article, ids.Length);
        Clear(ids);
        return centroid;
    }

    private void RestoreMember(long storyId, StoryFeatures features, int[] ids)
    {
        Observe(features.Published);
        if (!_stories.TryGetValue(storyId, out var story))
        {
            story = NewStory(storyId);
        }
        _nextId = Math.Max(_nextId, storyId + 1);
        AddMember(story, features, ids);
    }

    private void Observe(DateTimeOffset? published)
    {
        if (published is { } time && (_newest is not { } newest || time > newest))
        {
            _newest = time;
        }
    }

    /// <summary>The article as the comparisons see it: its w·idf per term and norm, and its w·idf² per term id in the scratch array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ArticleVector Scatter(StoryFeatures features, int[] ids)
    {
        if (_scratch.Length < _terms.Count)
        {
            Array.Resize(ref _scratch, Math.Max(_terms.Count, _scratch.Length * 2));
        }
        var logDocuments = _terms.LogDocuments;
        var weights = new float[ids.Length];
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var idf = _terms.Idf(ids[i], logDocuments);
            var weight = features.Terms[i].Weight * idf;
            weights[i] = weight;
            norm += weight * weight;
            if (ids[i] >= 0)
            {
                _scratch[ids[i]] = weight * idf;
            }
        }
        return new ArticleVector(ids, weights, norm, logDocuments);
    }

    private void Clear(int[] ids)
    {
        foreach (var id in ids)
        {
            if (id >= 0)
            {
                _scratch[id] = 0;
            }
        }
    }

    private StoryState NewStory(long id)
    {
        var story = new StoryState(id);
        _stories[id] = story;
        return story;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMember(StoryState story, StoryFeatures features, int[] ids)
    {
        story.Members++;
        story.Touched = _placed;
        story.Recent.Add(new MemberVector(ids, Weights(features)));
        if (story.Recent.Count > _options.MembersCompared)
        {
            story.Recent.RemoveAt(0);
        }
        for (var i = 0; i < ids.Length; i++)
        {
            if (story.Add(ids[i], features.Terms[i].Weight))
            {
                _postings.Add(ids[i], story.Id);
            }
        }
        if (features.Published is { } published)
        {
            story.First = story.First is { } first && first <= published ? first : published;
            story.Last = story.Last is { } last && last >= published ? last : published;
        }
    }

    /// <summary>Drops the stories no article can reach any more, and the postings that only pointed at them.</summary>
    private void Evict()
    {
        var horizon = _newest - _options.TimeWindow - _options.Lateness;
        var gone = new List<long>();
        foreach (var (id, story) in _stories)
        {
            if (_placed - story.Touched > _options.IngestHorizon || (story.Last is { } last && last < horizon))
            {
                gone.Add(id);
            }
        }
        foreach (var id in gone)
        {
            _stories.Remove(id);
        }
        // Sweeping every posting list costs a pass over the vocabulary: do it once as many stories have gone as remain.
        _evictedSincePrune += gone.Count;
        if (_evictedSincePrune > Math.Max(_stories.Count, SweepEvery))
        {
            _postings.Prune(_stories.ContainsKey);
            _evictedSincePrune = 0;
        }
    }

    private static float[] Weights(StoryFeatures features)
    {
        var weights = new float[features.Terms.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = features.Terms[i].Weight;
        }
        return weights;
    }

    private readonly record struct ArticleVector(int[] Ids, float[] Weights, double Norm, float LogDocuments);
}
