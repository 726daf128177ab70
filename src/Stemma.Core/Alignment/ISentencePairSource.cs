using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>A sentence pair proposed by a <see cref="ISentencePairSource"/>, with its similarity on the aligner's 0..1 scale.</summary>
public readonly record struct ProposedPair(int Target, int Source, double Similarity);

/// <summary>
/// A source of candidate sentence pairs besides the lexical index (<see cref="SentenceIndex"/>), for what
/// shared words miss: a paraphrase, a retranslation, a summary sentence. The aligner asks it once per
/// target and source, after the index, and takes each proposed pair as a seed for a target sentence the
/// index left without one.
/// </summary>
public interface ISentencePairSource
{
    /// <summary>
    /// Pairs of <paramref name="target"/>'s and <paramref name="source"/>'s sentences (indices into their
    /// <see cref="SegmentedArticle.Sentences"/>); <paramref name="seeded"/> holds the target sentences the
    /// lexical index already paired, which need no proposal. Called from several threads at once.
    /// </summary>
    IReadOnlyList<ProposedPair> Propose(SegmentedArticle target, SegmentedArticle source, IReadOnlySet<int> seeded);
}

/// <summary>
/// How alike two whole texts are in meaning, for the verdict of short texts (a sentence pair): an
/// <see cref="ISentencePairSource"/> that embeds sentences may offer it too.
/// </summary>
public interface ITextMeaning
{
    /// <summary>The cosine (-1..1) between <paramref name="target"/> and the nearest of <paramref name="sources"/> in meaning. Called from several threads at once.</summary>
    double Cosine(SegmentedArticle target, IReadOnlyList<SegmentedArticle> sources);
}

/// <summary>Adds an <see cref="ISentencePairSource"/>'s proposals to the lexical index's seeds.</summary>
internal static class ProposedSeeds
{
    /// <summary>
    /// The lexical seeds plus one seed per proposed pair whose target sentence has none, each scored at the
    /// proposal's similarity; ordered by target then source sentence as the index orders its own.
    /// </summary>
    public static List<Seed> Add(List<Seed> seeds, ISentencePairSource extra, SegmentedArticle target, SegmentedArticle source)
    {
        var seeded = seeds.Select(s => s.Target).ToHashSet();
        var added = false;
        foreach (var pair in extra.Propose(target, source, seeded))
        {
            if (seeded.Contains(pair.Target) || pair.Target < 0 || pair.Target >= target.Sentences.Count || pair.Source < 0 || pair.Source >= source.Sentences.Count)
            {
                continue;
            }
            var similarity = Math.Clamp(pair.Similarity, 0, 1);
            seeds.Add(new Seed(pair.Target, pair.Source, new SentenceScore(similarity, similarity, similarity)));
            added = true;
        }
        if (added)
        {
            seeds.Sort((a, b) => a.Target != b.Target ? a.Target.CompareTo(b.Target) : a.Source.CompareTo(b.Source));
        }
        return seeds;
    }
}
