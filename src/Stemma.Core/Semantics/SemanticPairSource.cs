using Stemma.Alignment;
using Stemma.Text;

namespace Stemma.Semantics;

/// <summary>Settings of the sentence-embedding pair source (<c>--embeddings</c>).</summary>
public sealed record SemanticPairOptions
{
    public static SemanticPairOptions Default { get; } = new();

    /// <summary>
    /// A target sentence is paired with its nearest source sentence when their vectors' cosine is at least
    /// this (default 0.75; for MiniLM, sentences on one topic that say different things mostly stay below it).
    /// </summary>
    public double MinCosine { get; init; } = 0.75;

    /// <summary>Sentences of fewer words than this are not paired by meaning: "Stocks fell." is near too many sentences (default 5).</summary>
    public int MinWords { get; init; } = 5;

    public void Validate()
    {
        OptionRules.Check(MinCosine is > 0 and <= 1, nameof(MinCosine), MinCosine, "must be in (0, 1]");
        OptionRules.Check(MinWords >= 1, nameof(MinWords), MinWords, "must be at least 1");
    }
}

/// <summary>
/// Pairs sentences by meaning where words fail: each target sentence the lexical index left unpaired is
/// matched with the source sentence whose embedding is nearest, if their cosine reaches
/// <see cref="SemanticPairOptions.MinCosine"/>; the pair's similarity is that cosine. Only the unpaired target
/// sentences and the source's sentences are embedded, each once (<see cref="SentenceEmbeddings"/>).
/// </summary>
public sealed class SemanticPairSource : ISentencePairSource, ITextMeaning
{
    private readonly SentenceEmbeddings _embeddings;
    private readonly SemanticPairOptions _options;

    public SemanticPairSource(SentenceEmbeddings embeddings, SemanticPairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        _embeddings = embeddings;
        _options = options ?? SemanticPairOptions.Default;
        _options.Validate();
    }

    public SentenceEmbeddings Embeddings => _embeddings;

    public SemanticPairOptions Options => _options;

    public IReadOnlyList<ProposedPair> Propose(SegmentedArticle target, SegmentedArticle source, IReadOnlySet<int> seeded)
    {
        var open = Enumerable.Range(0, target.Sentences.Count)
            .Where(t => !seeded.Contains(t) && LongEnough(target.Sentences[t]))
            .ToList();
        var candidates = Enumerable.Range(0, source.Sentences.Count).Where(s => LongEnough(source.Sentences[s])).ToList();
        if (open.Count == 0 || candidates.Count == 0)
        {
            return [];
        }
        var targetVectors = _embeddings.Get(open.Select(t => target.Sentences[t].Text).ToList());
        var sourceVectors = _embeddings.Get(candidates.Select(s => source.Sentences[s].Text).ToList());
        var pairs = new List<ProposedPair>();
        for (var i = 0; i < open.Count; i++)
        {
            var best = -1;
            var bestCosine = double.NegativeInfinity;
            for (var j = 0; j < candidates.Count; j++)
            {
                var cosine = targetVectors[i].Dot(sourceVectors[j]);
                if (cosine > bestCosine)
                {
                    (best, bestCosine) = (j, cosine);
                }
            }
            if (best >= 0 && bestCosine >= _options.MinCosine)
            {
                pairs.Add(new ProposedPair(open[i], candidates[best], Math.Min(1, bestCosine)));
            }
        }
        return pairs;
    }

    /// <summary>
    /// The cosine between the target and its nearest source in meaning, each text the mean of all its
    /// sentences' vectors (a one-sentence text is its sentence); 0 when a text has no sentence.
    /// </summary>
    public double Cosine(SegmentedArticle target, IReadOnlyList<SegmentedArticle> sources)
    {
        var mean = MeanVector(target);
        return sources.Count == 0 ? 0 : sources.Max(source => CosineOf(mean, MeanVector(source)));
    }

    private double[] MeanVector(SegmentedArticle text)
    {
        var sum = new double[0];
        foreach (var vector in _embeddings.Get([.. text.Sentences.Select(s => s.Text)]))
        {
            var values = vector.ToFloats();
            if (sum.Length == 0)
            {
                sum = new double[values.Length];
            }
            for (var d = 0; d < Math.Min(sum.Length, values.Length); d++)
            {
                sum[d] += values[d];
            }
        }
        return sum;
    }

    private static double CosineOf(double[] a, double[] b)
    {
        double dot = 0, normA = 0, normB = 0;
        for (var d = 0; d < Math.Min(a.Length, b.Length); d++)
        {
            dot += a[d] * b[d];
            normA += a[d] * a[d];
            normB += b[d] * b[d];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private bool LongEnough(Sentence sentence) =>
        sentence.Terms.Count(t => t.Token.Kind != TokenKind.Punctuation) >= _options.MinWords;
}
