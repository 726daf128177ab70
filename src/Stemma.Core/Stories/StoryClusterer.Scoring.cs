using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (StoryState? Story, double Similarity) BestStory(StoryFeatures features, int[] ids, ArticleVector article)
    {
        _candidates.Clear();
        foreach (var term in QueryTerms(ids, article))
        {
            _candidates.Count(_postings.Recent(term));
        }
        // Forgotten stories keep their places in the ranking (and are skipped like any story out of the time
        // window), so forgetting them changes which stories are scored no more than the window does.
        _candidates.Best(_options.Candidates, _ranked);
        // Mean-profile scores first; then members, best mean profile first, so the bounds prune early. The
        // winner is the same as scoring every candidate in rank order: the highest score, ties to the
        // better-ranked story. A story is compared member by member only when its bound could still win and
        // join: members' weights are part of the story's sums (all non-negative), so a member's dot product
        // with the article is at most the story's, and its cosine at most that over the member's norm.
        _scored.Clear();
        for (var i = 0; i < _ranked.Count; i++)
        {
            if (_stories.TryGetValue(_ranked[i], out var story) && story.Admits(features.Published, _options.TimeWindow))
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
            var recent = story.Recent;
            if (_memberNorms.Length < recent.Count)
            {
                (_memberNorms, _memberDots) = (new double[recent.Count], new double[recent.Count]);
            }
            var smallest = double.MaxValue;
            for (var j = 0; j < recent.Count; j++)
            {
                (_memberNorms[j], _memberDots[j]) = MemberNorm(recent[j], article);
                smallest = Math.Min(smallest, _memberNorms[j]);
            }
            var upper = partial + memberWeight * (recent.Count == 0 ? 0 : MemberBound(dot, smallest, article));
            if (upper < bestSimilarity || upper < _options.JoinThreshold)
            {
                bestBelowThreshold = Math.Max(bestBelowThreshold, partial);
                continue;
            }
            var member = 0.0;
            for (var j = 0; j < recent.Count; j++)
            {
                if (MemberBound(dot, _memberNorms[j], article) > member)
                {
                    var memberDot = double.IsNaN(_memberDots[j]) ? MemberDot(recent[j]) : _memberDots[j];
                    member = Math.Max(member, memberDot == 0 ? 0 : memberDot / Math.Sqrt(article.Norm * _memberNorms[j]));
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<int> QueryTerms(int[] ids, ArticleVector article)
    {
        if (_order.Length < ids.Length)
        {
            _order = new long[Math.Max(ids.Length, 2 * _order.Length)];
        }
        // Weights × idf are positive floats, whose bits order as their values do: each term's key is its
        // weight's bits reversed (heaviest first) above its position (terms are sorted by hash already, so
        // ties by position keep them in hash order), one sort of plain longs with no comparison delegate.
        var weights = article.Weights;
        for (var i = 0; i < ids.Length; i++)
        {
            if (!(weights[i] > 0))
            {
                return QueryTermsBySorting(ids, weights);
            }
            _order[i] = ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(weights[i])) << 32) | (uint)i;
        }
        Array.Sort(_order, 0, ids.Length);
        var count = Math.Min(_options.QueryTerms, ids.Length);
        if (_query.Length < count)
        {
            _query = new int[count];
        }
        for (var i = 0; i < count; i++)
        {
            _query[i] = ids[(int)(_order[i] & uint.MaxValue)];
        }
        return _query.AsSpan(0, count);
    }

    /// <summary>The same order for weights that are not all positive (whose bits do not order as their values).</summary>
    private int[] QueryTermsBySorting(int[] ids, float[] weights)
    {
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) => weights[a] != weights[b] ? weights[b].CompareTo(weights[a]) : a.CompareTo(b));
        return order.Take(_options.QueryTerms).Select(i => ids[i]).ToArray();
    }

    // How well an article fits a story: a mix of its cosine to the story's mean profile (which keeps a story
    // from drifting) and to its closest recent member (which lets a story grow along its thread), plus a
    // bonus when the story has members published within a day of it (see BestStory).

    /// <summary>The article's cosine with the story's mean profile, and their dot product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Cosine, double Dot) Centroid(StoryState story, ArticleVector article, int articleTerms)
    {
        // One pass over the shorter side: the story's terms against the scattered article, or (for a story
        // much larger than the article) the article's terms looked up in the story. A norm to refresh is
        // summed in the same pass over the story's terms when that is the pass taken.
        var byStory = story.TermIds.Count <= 4 * articleTerms;
        var documents = _terms.Documents;
        if (story.Norm.TryGet(documents, out var cached))
        {
            var known = byStory ? story.Dot(_scratch) : story.Dot(article.Ids, _scratch);
            return known == 0 ? (0, 0) : (known / Math.Sqrt(article.Norm * cached), known);
        }
        double dot, norm;
        if (byStory)
        {
            (dot, norm) = story.DotAndNorm(_scratch, _terms, article.LogDocuments);
        }
        else
        {
            dot = story.Dot(article.Ids, _scratch);
            norm = dot == 0 ? 0 : story.NormOf(_terms, article.LogDocuments);
        }
        if (dot == 0)
        {
            return (0, 0);
        }
        story.Norm.Set(norm, documents);
        return (dot / Math.Sqrt(article.Norm * norm), dot);
    }

    /// <summary>Σ scattered article × member weight over the member's terms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double MemberDot(MemberVector member)
    {
        var ids = member.Ids;
        var weights = member.Weights.AsSpan(0, ids.Length);
        var scratch = _scratch;
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            dot += scratch[ids[i]] * weights[i];
        }
        return dot;
    }

    /// <summary>
    /// A member's squared norm (cached, see <see cref="CachedNorm"/>), and, when the norm had to be summed
    /// again, its dot product with the article summed in the same pass (NaN when the norm was cached: the
    /// dot product is then summed only if the member is compared).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Norm, double Dot) MemberNorm(MemberVector member, ArticleVector article)
    {
        var documents = _terms.Documents;
        if (member.Norm.TryGet(documents, out var cached))
        {
            return (cached, double.NaN);
        }
        var ids = member.Ids;
        var weights = member.Weights.AsSpan(0, ids.Length);
        var logCounts = _terms.LogCounts;
        var scratch = _scratch;
        var logDocuments = article.LogDocuments;
        double norm = 0;
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            var weight = weights[i] * TermTable.IdfOf(logDocuments, id < 0 ? 0f : logCounts[id]);
            norm += weight * weight;
            dot += scratch[id] * weights[i];
        }
        member.Norm.Set(norm, documents);
        return (norm, dot);
    }
}
