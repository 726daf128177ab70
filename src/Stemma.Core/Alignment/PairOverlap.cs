namespace Stemma.Alignment;

/// <summary>
/// Length-free overlap of a target with its sources, both ways: what share of the target's content
/// terms the sources hold, and what share of the closest source's terms and word pairs the target holds.
/// A paraphrase keeps most of its source (both ways high); a sentence that only shares a topic, or a
/// long document quoting a little of another, keeps little of one side. The closest source is the one
/// sharing the most content terms with the target (METER gives several versions of the wire story).
/// </summary>
internal readonly record struct PairOverlap(double TermContainment, double ReverseTermContainment, double ReverseBigramContainment, int SourceWords)
{
    public static PairOverlap Measure(ArticleProfile target, IReadOnlyList<ArticleProfile> sources)
    {
        var targetTerms = Terms(target);
        if (targetTerms.Count == 0 || sources.Count == 0)
        {
            return default;
        }
        var all = new HashSet<int>();
        var best = (Shared: -1, Source: 0, Terms: 0);
        for (var i = 0; i < sources.Count; i++)
        {
            var terms = Terms(sources[i]);
            all.UnionWith(terms);
            var shared = terms.Count(targetTerms.Contains);
            if (shared > best.Shared)
            {
                best = (shared, i, terms.Count);
            }
        }
        var closest = sources[best.Source];
        return new PairOverlap(
            targetTerms.Count(all.Contains) / (double)targetTerms.Count,
            best.Terms == 0 ? 0 : best.Shared / (double)best.Terms,
            VerbatimRuns.Containment(closest, [target], 2),
            closest.Words.Length);
    }

    private static HashSet<int> Terms(ArticleProfile profile)
    {
        var terms = new HashSet<int>();
        foreach (var sentence in profile.Sentences)
        {
            terms.UnionWith(sentence.Terms);
        }
        return terms;
    }
}
