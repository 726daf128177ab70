namespace Stemma.Alignment;

/// <summary>A sentence pair whose similarity reached the seed threshold.</summary>
internal readonly record struct Seed(int Target, int Source, SentenceScore Score);

/// <summary>
/// Inverted index over one source article's sentences: content term → sentences, LSH band key →
/// sentences. A target sentence is scored only against the source sentences that share a band or enough
/// term weight with it (directly or through a lexicon pair), never against all of them.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly ArticleProfile _source;
    private readonly Dictionary<int, List<int>> _byTerm = [];
    private readonly Dictionary<ulong, List<int>> _byBand = [];

    public SentenceIndex(ArticleProfile source)
    {
        _source = source;
        for (var s = 0; s < source.Sentences.Length; s++)
        {
            foreach (var term in source.Sentences[s].Terms)
            {
                Add(_byTerm, term, s);
            }
            foreach (var band in source.Sentences[s].Bands)
            {
                Add(_byBand, band, s);
            }
        }
    }

    /// <summary>
    /// At most this many source sentences are scored for one target sentence, those sharing the most weight
    /// with it: a sentence repeated thousands of times on both sides would otherwise be scored (and kept) for
    /// every pair, time and memory quadratic in the repeats (two 160 KB articles took 5.4 GB).
    /// </summary>
    public const int MaxCandidatesPerSentence = 64;

    /// <summary>Every (target sentence, source sentence) pair scoring at least <paramref name="threshold"/>, among each target sentence's <see cref="MaxCandidatesPerSentence"/> best candidates.</summary>
    public List<Seed> FindSeeds(ArticleProfile target, SentenceScorer scorer, double threshold)
    {
        var seeds = new List<Seed>();
        var shared = new double[_source.Sentences.Length];
        var touched = new List<int>();
        var candidates = new List<(int Source, double Bound)>();
        var sourceWeights = _source.Sentences.Select(s => scorer.WeightOf(s.Terms)).ToArray();
        for (var t = 0; t < target.Sentences.Length; t++)
        {
            var sentence = target.Sentences[t];
            var weight = scorer.WeightOf(sentence.Terms);
            if (weight <= 0)
            {
                continue;
            }
            foreach (var term in sentence.Terms)
            {
                Accumulate(term, scorer.Weights[term], shared, touched);
                foreach (var (partner, strength) in scorer.PartnersOf(term))
                {
                    Accumulate(partner, scorer.Weights[term] * strength, shared, touched);
                }
            }
            foreach (var band in sentence.Bands)
            {
                if (_byBand.TryGetValue(band, out var sentences))
                {
                    foreach (var s in sentences)
                    {
                        Touch(s, 1e-9, shared, touched);
                    }
                }
            }
            foreach (var s in touched)
            {
                // Names spelled differently are not in the index, so leave room for them: a pair is scored
                // when the shared weight could reach the threshold with a third more from fuzzy names.
                var bound = 1.3 * 2 * shared[s] / (weight + sourceWeights[s]);
                if (bound >= threshold || shared[s] < 1e-6)
                {
                    candidates.Add((s, shared[s] < 1e-6 ? double.MaxValue : bound));
                }
                shared[s] = 0;
            }
            touched.Clear();
            if (candidates.Count > MaxCandidatesPerSentence)
            {
                candidates.Sort((a, b) => b.Bound != a.Bound ? b.Bound.CompareTo(a.Bound) : a.Source.CompareTo(b.Source));
                candidates.RemoveRange(MaxCandidatesPerSentence, candidates.Count - MaxCandidatesPerSentence);
                candidates.Sort((a, b) => a.Source.CompareTo(b.Source));
            }
            foreach (var (s, _) in candidates)
            {
                var score = scorer.Score(sentence, _source.Sentences[s]);
                if (score.Similarity >= threshold)
                {
                    seeds.Add(new Seed(t, s, score));
                }
            }
            candidates.Clear();
        }
        return seeds;
    }

    private void Accumulate(int term, double weight, double[] shared, List<int> touched)
    {
        if (_byTerm.TryGetValue(term, out var sentences))
        {
            foreach (var s in sentences)
            {
                Touch(s, weight, shared, touched);
            }
        }
    }

    private static void Touch(int s, double weight, double[] shared, List<int> touched)
    {
        if (shared[s] == 0)
        {
            touched.Add(s);
        }
        shared[s] += weight;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int sentence) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != sentence)
        {
            list.Add(sentence);
        }
    }
}
