namespace Stemma.Alignment;

/// <summary>A passage before offsets are resolved: sentence ranges on both sides and its seeds.</summary>
internal sealed record DraftPassage(int FirstTarget, int LastTarget, int FirstSource, int LastSource, double Similarity, List<Seed> Seeds, bool JoinedLoneSeeds = false)
{
    public int TargetSentences => LastTarget - FirstTarget + 1;

    /// <summary>One seed, or lone seeds joined along the target only: no block of sentences aligned as such.</summary>
    public bool IsLone => Seeds.Count == 1 || JoinedLoneSeeds;
}

/// <summary>
/// Merges seed sentence pairs into passages, after the extension step of Sanchez-Perez, Sidorov and
/// Gelbukh (PAN 2014): seeds are clustered alternately along the target and the source, a cluster breaking
/// where more than <see cref="AlignmentOptions.MaxGap"/> sentences separate neighbours, until the clusters
/// stop changing; so copies that drop, insert or reorder paragraphs give one passage per kept block. A
/// cluster whose sides are not similar enough as a whole is re-clustered with a smaller gap. Passages that
/// overlap on the target side keep the stronger one.
/// </summary>
internal sealed class PassageBuilder
{
    private readonly ArticleProfile _target;
    private readonly ArticleProfile _source;
    private readonly SentenceScorer _scorer;
    private readonly AlignmentOptions _options;

    public PassageBuilder(ArticleProfile target, ArticleProfile source, SentenceScorer scorer, AlignmentOptions options)
    {
        _target = target;
        _source = source;
        _scorer = scorer;
        _options = options;
    }

    public List<DraftPassage> Build(List<Seed> seeds)
    {
        var drafts = new List<DraftPassage>();
        foreach (var cluster in Cluster(seeds, _options.MaxGap))
        {
            Validate(cluster, _options.MaxGap, drafts);
        }
        return MergeAlongTarget(ResolveOverlaps(drafts));
    }

    /// <summary>
    /// Joins passages whose target sides follow each other within <see cref="AlignmentOptions.MaxGap"/>
    /// sentences though their source sides lie apart: a summary or a reordered rewrite takes its
    /// sentences from all over the source, and is one reused stretch of the target. The joined passage's
    /// source side spans both.
    /// </summary>
    private List<DraftPassage> MergeAlongTarget(List<DraftPassage> drafts)
    {
        var merged = new List<DraftPassage>();
        foreach (var draft in drafts)
        {
            if (merged.Count > 0 && draft.FirstTarget - merged[^1].LastTarget - 1 <= _options.MaxGap)
            {
                merged[^1] = Draft([.. merged[^1].Seeds, .. draft.Seeds]) with { JoinedLoneSeeds = merged[^1].IsLone && draft.IsLone };
                continue;
            }
            merged.Add(draft);
        }
        return merged;
    }

    private void Validate(List<Seed> cluster, int gap, List<DraftPassage> drafts)
    {
        var draft = Draft(cluster);
        if (cluster.Count == 1 || draft.Similarity >= _options.PassageThreshold)
        {
            drafts.Add(draft);
            return;
        }
        if (gap == 0)
        {
            drafts.AddRange(cluster.Select(seed => Draft([seed])));
            return;
        }
        foreach (var smaller in Cluster(cluster, gap - 1))
        {
            Validate(smaller, gap - 1, drafts);
        }
    }

    private DraftPassage Draft(List<Seed> seeds)
    {
        int firstT = int.MaxValue, lastT = -1, firstS = int.MaxValue, lastS = -1;
        foreach (var seed in seeds)
        {
            firstT = Math.Min(firstT, seed.Target);
            lastT = Math.Max(lastT, seed.Target);
            firstS = Math.Min(firstS, seed.Source);
            lastS = Math.Max(lastS, seed.Source);
        }
        var similarity = seeds.Count == 1
            ? seeds[0].Score.Similarity
            : FragmentScore(_target, firstT, lastT, _source, firstS, lastS).Similarity;
        return new DraftPassage(firstT, lastT, firstS, lastS, similarity, seeds);
    }

    /// <summary>The soft overlap of two runs of sentences taken as one bag of terms each.</summary>
    public SentenceScore FragmentScore(ArticleProfile a, int firstA, int lastA, ArticleProfile b, int firstB, int lastB)
    {
        var (termsA, namesA) = Union(a, firstA, lastA);
        var (termsB, namesB) = Union(b, firstB, lastB);
        return _scorer.Score(termsA, namesA, termsB, namesB);
    }

    private static (int[] Terms, int[] Names) Union(ArticleProfile profile, int first, int last)
    {
        var terms = new SortedSet<int>();
        var names = new SortedSet<int>();
        for (var i = first; i <= last; i++)
        {
            terms.UnionWith(profile.Sentences[i].Terms);
            names.UnionWith(profile.Sentences[i].NameTerms);
        }
        return ([.. terms], [.. names]);
    }

    /// <summary>Splits seeds by gaps along the target, then along the source, until nothing splits.</summary>
    private static List<List<Seed>> Cluster(List<Seed> seeds, int gap)
    {
        var clusters = new List<List<Seed>> { seeds };
        for (var round = 0; round < 8; round++)
        {
            var next = new List<List<Seed>>();
            var changed = false;
            foreach (var cluster in clusters)
            {
                var byTarget = Split(cluster, s => s.Target, s => s.Source, gap);
                foreach (var part in byTarget)
                {
                    var bySource = Split(part, s => s.Source, s => s.Target, gap);
                    changed |= bySource.Count > 1 || byTarget.Count > 1;
                    next.AddRange(bySource);
                }
            }
            clusters = next;
            if (!changed)
            {
                break;
            }
        }
        return clusters;
    }

    private static List<List<Seed>> Split(List<Seed> seeds, Func<Seed, int> axis, Func<Seed, int> other, int gap)
    {
        var sorted = seeds.OrderBy(axis).ThenBy(other).ToList();
        var parts = new List<List<Seed>>();
        var current = new List<Seed>();
        var last = int.MinValue;
        foreach (var seed in sorted)
        {
            if (current.Count > 0 && axis(seed) - last - 1 > gap)
            {
                parts.Add(current);
                current = [];
            }
            current.Add(seed);
            last = axis(seed);
        }
        if (current.Count > 0)
        {
            parts.Add(current);
        }
        return parts;
    }

    /// <summary>Keeps the strongest passages (similarity × target sentences) where target sides overlap.</summary>
    private static List<DraftPassage> ResolveOverlaps(List<DraftPassage> drafts)
    {
        var kept = new List<DraftPassage>();
        foreach (var draft in drafts.OrderByDescending(d => d.Similarity * d.TargetSentences).ThenBy(d => d.FirstTarget))
        {
            if (!kept.Any(k => k.FirstTarget <= draft.LastTarget && draft.FirstTarget <= k.LastTarget))
            {
                kept.Add(draft);
            }
        }
        kept.Sort((x, y) => x.FirstTarget.CompareTo(y.FirstTarget));
        return kept;
    }
}
