using System.Runtime.InteropServices;

namespace Stemma.Stories;

/// <summary>
/// The scoring half of <see cref="StoryClusterer"/>: candidate stories from the postings of the article's
/// heaviest terms, then each scored as ½ × cosine to the story's mean profile + ½ × cosine to its closest
/// recent member (+ a bonus for members published within a day), with bounds that skip member comparisons
/// which could not change the outcome.
/// </summary>
public sealed partial class StoryClusterer
{
    private (StoryState? Story, double Similarity) BestStory(StoryFeatures features, int[] ids, ArticleVector article)
    {
        _hits.Clear();
        foreach (var term in QueryTerms(features, ids, article))
        {
            foreach (var story in _postings.Recent(term))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_hits, story, out _)++;
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
        // Terms are sorted by hash already, so ties by position keep them in hash order (a total order: any sort gives it).
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
        var query = new int[Math.Min(_options.QueryTerms, order.Length)];
        for (var i = 0; i < query.Length; i++)
        {
            query[i] = ids[order[i]];
        }
        return query;
    }

    // How well an article fits a story: a mix of its cosine to the story's mean profile (which keeps a story
    // from drifting) and to its closest recent member (which lets a story grow along its thread), plus a
    // bonus when the story has members published within a day of it (see BestStory).

    /// <summary>The article's cosine with the story's mean profile, and their dot product.</summary>
    private (double Cosine, double Dot) Centroid(StoryState story, ArticleVector article, int articleTerms)
    {
        var ids = CollectionsMarshal.AsSpan(story.TermIds);
        var sums = CollectionsMarshal.AsSpan(story.Sums);
        // One pass over the shorter side: the story's terms against the scattered article, or (for a story
        // much larger than the article) the article's terms looked up in the story.
        var dot = ids.Length <= 4 * articleTerms ? story.Dot(_scratch) : story.Dot(article.Ids, _scratch);
        if (dot == 0)
        {
            return (0, 0);
        }
        if (!story.Norm.TryGet(_terms.Documents, out var norm))
        {
            norm = 0;
            for (var i = 0; i < ids.Length; i++)
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
}
