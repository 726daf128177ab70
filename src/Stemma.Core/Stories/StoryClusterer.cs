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
public sealed class StoryClusterer
{
    private readonly StoryClusteringOptions _options;
    private readonly DocumentFrequencies _frequencies = new();
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<long, int> _storyIndex = [];
    private readonly Dictionary<ulong, List<int>> _postings = [];
    private long _nextId = 1;

    public StoryClusterer(StoryClusteringOptions? options = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _options.Validate();
    }

    /// <summary>Stories known so far.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>Places an article in a story and remembers it there.</summary>
    public StoryAssignment Assign(StoryFeatures features)
    {
        _frequencies.Add(features);
        var (best, similarity) = BestStory(features);
        if (best is { } index && similarity >= _options.JoinThreshold)
        {
            var story = _stories[index];
            AddMember(index, features);
            return new StoryAssignment(story.Id, false, similarity);
        }
        var id = _nextId++;
        AddMember(NewStory(id), features);
        return new StoryAssignment(id, true, similarity);
    }

    /// <summary>Puts back an article already placed in <paramref name="storyId"/> (loading a store).</summary>
    public void Restore(long storyId, StoryFeatures features)
    {
        _frequencies.Add(features);
        if (!_storyIndex.TryGetValue(storyId, out var index))
        {
            index = NewStory(storyId);
        }
        _nextId = Math.Max(_nextId, storyId + 1);
        AddMember(index, features);
    }

    /// <summary>Takes an article's old version out of its story (before its new version is assigned again).</summary>
    public void Remove(long storyId, StoryFeatures features)
    {
        _frequencies.Remove(features);
        if (!_storyIndex.TryGetValue(storyId, out var index))
        {
            return;
        }
        var story = _stories[index];
        story.Members--;
        foreach (var term in features.Terms)
        {
            if (story.Sums.TryGetValue(term.Key, out var sum))
            {
                story.Sums[term.Key] = MathF.Max(0, sum - term.Weight);
            }
        }
        var recent = story.Recent.FindIndex(r => r.Terms.AsSpan().SequenceEqual(features.Terms));
        if (recent >= 0)
        {
            story.Recent.RemoveAt(recent);
        }
    }

    /// <summary>The similarity of an article to a story, as <see cref="Assign"/> measures it (0 for an unknown story).</summary>
    public double Similarity(StoryFeatures features, long storyId) =>
        _storyIndex.TryGetValue(storyId, out var index) ? Cosine(features, _stories[index]) : 0;

    private (int? Index, double Similarity) BestStory(StoryFeatures features)
    {
        var hits = new Dictionary<int, int>();
        foreach (var term in QueryTerms(features))
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                continue;
            }
            for (var i = list.Count - 1; i >= Math.Max(0, list.Count - _options.PostingsScanned); i--)
            {
                hits[list[i]] = hits.GetValueOrDefault(list[i]) + 1;
            }
        }
        int? best = null;
        var bestSimilarity = 0.0;
        foreach (var (index, _) in hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key).Take(_options.Candidates))
        {
            var story = _stories[index];
            if (!story.Admits(features.Published, _options.TimeWindow))
            {
                continue;
            }
            var similarity = Score(features, story);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (index, similarity);
            }
        }
        return (best, bestSimilarity);
    }

    private IEnumerable<ulong> QueryTerms(StoryFeatures features) =>
        features.Terms
            .OrderByDescending(t => t.Weight * _frequencies.Idf(t.Key))
            .ThenBy(t => t.Key)
            .Take(_options.QueryTerms)
            .Select(t => t.Key);

    /// <summary>
    /// How well an article fits a story: a mix of its cosine to the story's mean profile (which keeps a story
    /// from drifting) and to its closest recent member (which lets a story grow along its thread), plus a
    /// bonus when the story has members published within a day of it.
    /// </summary>
    private double Score(StoryFeatures features, StoryState story)
    {
        var centroid = Cosine(features, story);
        var member = 0.0;
        foreach (var other in story.Recent)
        {
            member = Math.Max(member, Cosine(features, other));
        }
        var close = story.IsClose(features.Published, TimeSpan.FromDays(1)) ? _options.SameDayBonus : 0;
        return _options.CentroidWeight * centroid + (1 - _options.CentroidWeight) * member + close;
    }

    /// <summary>The cosine of two idf-weighted article profiles, merging their sorted terms in one pass.</summary>
    private double Cosine(StoryFeatures first, StoryFeatures second)
    {
        var a = first.Terms;
        var b = second.Terms;
        double dot = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i].Key == b[j].Key)
            {
                var idf = _frequencies.Idf(a[i].Key);
                dot += a[i].Weight * b[j].Weight * idf * idf;
                i++;
                j++;
            }
            else if (a[i].Key < b[j].Key)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / Math.Sqrt(Norm(a) * Norm(b));
    }

    private double Norm(WeightedTerm[] terms)
    {
        double norm = 0;
        foreach (var term in terms)
        {
            var weight = term.Weight * _frequencies.Idf(term.Key);
            norm += weight * weight;
        }
        return norm;
    }

    private double Cosine(StoryFeatures features, StoryState story)
    {
        double dot = 0, articleNorm = 0;
        foreach (var term in features.Terms)
        {
            var idf = _frequencies.Idf(term.Key);
            var weight = term.Weight * idf;
            articleNorm += weight * weight;
            if (story.Sums.TryGetValue(term.Key, out var sum))
            {
                dot += weight * sum * idf;
            }
        }
        double storyNorm = 0;
        foreach (var (key, sum) in story.Sums)
        {
            var weight = sum * _frequencies.Idf(key);
            storyNorm += weight * weight;
        }
        return dot == 0 ? 0 : dot / Math.Sqrt(articleNorm * storyNorm);
    }

    private int NewStory(long id)
    {
        var index = _stories.Count;
        _stories.Add(new StoryState(id));
        _storyIndex[id] = index;
        return index;
    }

    private void AddMember(int index, StoryFeatures features)
    {
        var story = _stories[index];
        story.Members++;
        story.Recent.Add(features);
        if (story.Recent.Count > _options.MembersCompared)
        {
            story.Recent.RemoveAt(0);
        }
        foreach (var term in features.Terms)
        {
            if (!story.Sums.TryGetValue(term.Key, out var sum))
            {
                if (!_postings.TryGetValue(term.Key, out var list))
                {
                    _postings[term.Key] = list = [];
                }
                list.Add(index);
            }
            story.Sums[term.Key] = sum + term.Weight;
        }
        if (features.Published is { } published)
        {
            story.First = story.First is { } first && first <= published ? first : published;
            story.Last = story.Last is { } last && last >= published ? last : published;
        }
    }

    private sealed class StoryState(long id)
    {
        public long Id { get; } = id;

        /// <summary>Summed member weights per term: the mean profile up to a factor that cosine ignores.</summary>
        public Dictionary<ulong, float> Sums { get; } = [];

        public int Members { get; set; }

        public List<StoryFeatures> Recent { get; } = [];

        public DateTimeOffset? First { get; set; }

        public DateTimeOffset? Last { get; set; }

        public bool IsClose(DateTimeOffset? published, TimeSpan span) =>
            published is { } time && First is { } first && Last is { } last && time >= first - span && time <= last + span;

        public bool Admits(DateTimeOffset? published, TimeSpan window) =>
            published is not { } time || First is not { } first || Last is not { } last
            || (time >= first - window && time <= last + window);
    }
}
