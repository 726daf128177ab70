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
public sealed class StoryClusterer
{
    private const int SweepEvery = 1024;

    private readonly StoryClusteringOptions _options;
    private readonly TermTable _terms = new();
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly StoryPostings _postings;
    private readonly Dictionary<long, int> _hits = [];
    private readonly List<(long Story, int Hits)> _ranked = [];
    private readonly List<(int Rank, StoryState Story, double Partial, double Dot)> _scored = [];
    private float[] _scratch = new float[1024];
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

    /// <summary>The article as the comparisons see it: its norm, and its w·idf² per term id in the scratch array.</summary>
    private ArticleVector Scatter(StoryFeatures features, int[] ids)
    {
        if (_scratch.Length < _terms.Count)
        {
            Array.Resize(ref _scratch, Math.Max(_terms.Count, _scratch.Length * 2));
        }
        var logDocuments = _terms.LogDocuments;
        var idfs = new float[ids.Length];
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var idf = _terms.Idf(ids[i], logDocuments);
            idfs[i] = idf;
            var weight = features.Terms[i].Weight * idf;
            norm += weight * weight;
            if (ids[i] >= 0)
            {
                _scratch[ids[i]] = weight * idf;
            }
        }
        return new ArticleVector(ids, idfs, norm, logDocuments);
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

    private (StoryState? Story, double Similarity) BestStory(StoryFeatures features, int[] ids, ArticleVector article)
    {
        _hits.Clear();
        foreach (var term in QueryTerms(features, ids, article))
        {
            foreach (var story in _postings.Recent(term))
            {
                _hits[story] = _hits.GetValueOrDefault(story) + 1;
            }
        }
        // Forgotten stories keep their places in the ranking (and are skipped like any story out of the time
        // window), so forgetting them changes which stories are scored no more than the window does.
        _ranked.Clear();
        foreach (var (story, hits) in _hits)
        {
            _ranked.Add((story, hits));
        }
        _ranked.Sort((a, b) => a.Hits != b.Hits ? b.Hits.CompareTo(a.Hits) : b.Story.CompareTo(a.Story));
        // Mean-profile scores first; then members, best mean profile first, so the bounds prune early. The
        // winner is the same as scoring every candidate in rank order: the highest score, ties to the
        // better-ranked story. A story is compared member by member only when its bound could still win and
        // join: members' weights are part of the story's sums (all non-negative), so a member's dot product
        // with the article is at most the story's, and its cosine at most that over the member's norm.
        _scored.Clear();
        for (var i = 0; i < Math.Min(_ranked.Count, _options.Candidates); i++)
        {
            if (_stories.TryGetValue(_ranked[i].Story, out var story) && story.Admits(features.Published, _options.TimeWindow))
            {
                var close = story.IsClose(features.Published, TimeSpan.FromDays(1)) ? _options.SameDayBonus : 0;
                var (centroid, dot) = Centroid(story, article, ids.Length);
                _scored.Add((i, story, _options.CentroidWeight * centroid + close, dot));
            }
        }
        _scored.Sort((a, b) => a.Partial != b.Partial ? b.Partial.CompareTo(a.Partial) : a.Rank.CompareTo(b.Rank));
        var memberWeight = 1 - _options.CentroidWeight;
        StoryState? best = null;
        var bestRank = int.MaxValue;
        var bestSimilarity = 0.0;
        var bestBelowThreshold = 0.0;
        foreach (var (rank, story, partial, dot) in _scored)
        {
            if (partial + memberWeight < bestSimilarity)
            {
                break;
            }
            var smallest = double.MaxValue;
            foreach (var other in story.Recent)
            {
                smallest = Math.Min(smallest, MemberNorm(other, article));
            }
            var upper = partial + memberWeight * (story.Recent.Count == 0 ? 0 : MemberBound(dot, smallest, article));
            if (upper < bestSimilarity || upper < _options.JoinThreshold)
            {
                bestBelowThreshold = Math.Max(bestBelowThreshold, partial);
                continue;
            }
            var member = 0.0;
            foreach (var other in story.Recent)
            {
                if (MemberBound(dot, MemberNorm(other, article), article) > member)
                {
                    member = Math.Max(member, MemberCosine(other, article));
                }
            }
            var similarity = partial + memberWeight * member;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && similarity > 0 && rank < bestRank))
            {
                (best, bestSimilarity, bestRank) = (story, similarity, rank);
            }
        }
        // A story skipped for its bound could not have reached the threshold; its mean-profile part is what is known of its score.
        return bestSimilarity >= _options.JoinThreshold ? (best, bestSimilarity) : (best, Math.Max(bestSimilarity, bestBelowThreshold));
    }

    /// <summary>At most a member's cosine with the article: the story's dot product over the norms (a hair over, for rounding).</summary>
    private static double MemberBound(double storyDot, double memberNorm, ArticleVector article) =>
        storyDot == 0 || memberNorm == 0 ? 0 : Math.Min(1, storyDot * (1 + 1e-9) / Math.Sqrt(article.Norm * memberNorm));

    /// <summary>The ids of the article's heaviest terms by weight × idf (ties by term hash, so the order is stable).</summary>
    private int[] QueryTerms(StoryFeatures features, int[] ids, ArticleVector article)
    {
        var order = new int[ids.Length];
        var keys = new float[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = features.Terms[i].Weight * article.Idfs[i];
        }
        // Terms are sorted by hash already, so a stable sort by weight keeps ties in hash order.
        var sorted = order.OrderByDescending(i => keys[i]).Take(_options.QueryTerms);
        return [.. sorted.Select(i => ids[i])];
    }

    // How well an article fits a story: a mix of its cosine to the story's mean profile (which keeps a story
    // from drifting) and to its closest recent member (which lets a story grow along its thread), plus a
    // bonus when the story has members published within a day of it (see BestStory).

    /// <summary>The article's cosine with the story's mean profile, and their dot product.</summary>
    private (double Cosine, double Dot) Centroid(StoryState story, ArticleVector article, int articleTerms)
    {
        var ids = story.TermIds;
        var sums = story.Sums;
        // One pass over the shorter side: the story's terms against the scattered article, or (for a story
        // much larger than the article) the article's terms looked up in the story.
        var dot = ids.Count <= 4 * articleTerms ? story.Dot(_scratch) : story.Dot(article.Ids, _scratch);
        if (dot == 0)
        {
            return (0, 0);
        }
        if (!story.Norm.TryGet(_terms.Documents, out var norm))
        {
            norm = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                var weight = sums[i] * _terms.Idf(ids[i], article.LogDocuments);
                norm += weight * weight;
            }
            story.Norm.Set(norm, _terms.Documents);
        }
        return (dot / Math.Sqrt(article.Norm * norm), dot);
    }

    private double MemberCosine(MemberVector member, ArticleVector article)
    {
        var ids = member.Ids;
        var weights = member.Weights;
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            dot += _scratch[ids[i]] * weights[i];
        }
        return dot == 0 ? 0 : dot / Math.Sqrt(article.Norm * MemberNorm(member, article));
    }

    private double MemberNorm(MemberVector member, ArticleVector article)
    {
        if (!member.Norm.TryGet(_terms.Documents, out var norm))
        {
            norm = 0;
            for (var i = 0; i < member.Ids.Length; i++)
            {
                var weight = member.Weights[i] * _terms.Idf(member.Ids[i], article.LogDocuments);
                norm += weight * weight;
            }
            member.Norm.Set(norm, _terms.Documents);
        }
        return norm;
    }

    private StoryState NewStory(long id)
    {
        var story = new StoryState(id);
        _stories[id] = story;
        return story;
    }

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

    private readonly record struct ArticleVector(int[] Ids, float[] Idfs, double Norm, float LogDocuments);
}
