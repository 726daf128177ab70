namespace Stemma.Alignment;

/// <summary>How well two sentences (or two runs of sentences) correspond.</summary>
/// <param name="Similarity">Harmonic mean of the two containments, 0..1.</param>
/// <param name="TargetContained">Weighted share of the target's terms matched in the source.</param>
/// <param name="SourceContained">Weighted share of the source's terms matched in the target.</param>
internal readonly record struct SentenceScore(double Similarity, double TargetContained, double SourceContained);

/// <summary>
/// IDF-weighted soft overlap of two term sets: a term counts fully when the other side has it (same stem,
/// or same number), at the lexicon's strength when the other side has a paraphrase of it, and at 0.9 when
/// both are names that <see cref="NameMatcher"/> takes for one spelling.
/// </summary>
internal sealed class SentenceScorer
{
    private const double NameMatchStrength = 0.9;

    private readonly Vocabulary _vocabulary;
    private readonly TermWeights _weights;
    private readonly ParaphraseLexicon _lexicon;
    private readonly Dictionary<int, (int Id, double Strength)[]> _partners = [];
    private readonly Dictionary<long, bool> _names = [];

    public SentenceScorer(Vocabulary vocabulary, TermWeights weights, ParaphraseLexicon lexicon)
    {
        _vocabulary = vocabulary;
        _weights = weights;
        _lexicon = lexicon;
    }

    public TermWeights Weights => _weights;

    public double WeightOf(int[] terms)
    {
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += _weights[term];
        }
        return sum;
    }

    public SentenceScore Score(ProfileSentence target, ProfileSentence source) => Score(target.Terms, target.NameTerms, source.Terms, source.NameTerms);

    /// <summary>Scores two sorted term sets, with the name-like subsets for fuzzy matching.</summary>
    public SentenceScore Score(int[] a, int[] namesA, int[] b, int[] namesB)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return default;
        }
        Span<double> creditA = a.Length <= 256 ? stackalloc double[a.Length] : new double[a.Length];
        Span<double> creditB = b.Length <= 256 ? stackalloc double[b.Length] : new double[b.Length];
        creditA.Clear();
        creditB.Clear();

        // 1. Exact terms, by merging the two sorted sets.
        var unmatched = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                creditA[i++] = 1;
                creditB[j++] = 1;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (creditA[i] == 0)
            {
                unmatched++;
            }
        }

        // 2. Paraphrases and 3. name spellings, only for what is still unmatched.
        if (unmatched > 0)
        {
            for (var i = 0; i < a.Length; i++)
            {
                if (creditA[i] > 0)
                {
                    continue;
                }
                foreach (var (partner, strength) in PartnersOf(a[i]))
                {
                    var j = Array.BinarySearch(b, partner);
                    if (j >= 0 && creditB[j] < strength)
                    {
                        creditA[i] = Math.Max(creditA[i], strength);
                        creditB[j] = strength;
                    }
                }
            }
            foreach (var nameA in namesA)
            {
                var i = Array.BinarySearch(a, nameA);
                if (creditA[i] > 0)
                {
                    continue;
                }
                foreach (var nameB in namesB)
                {
                    var j = Array.BinarySearch(b, nameB);
                    if (creditB[j] == 0 && SameName(nameA, nameB))
                    {
                        creditA[i] = creditB[j] = NameMatchStrength;
                        break;
                    }
                }
            }
        }

        double weightA = 0, matchedA = 0, weightB = 0, matchedB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var w = _weights[a[i]];
            weightA += w;
            matchedA += w * creditA[i];
        }
        for (var j = 0; j < b.Length; j++)
        {
            var w = _weights[b[j]];
            weightB += w;
            matchedB += w * creditB[j];
        }
        if (weightA <= 0 || weightB <= 0)
        {
            return default;
        }
        var ca = matchedA / weightA;
        var cb = matchedB / weightB;
        var similarity = ca + cb > 0 ? 2 * ca * cb / (ca + cb) : 0;
        return new SentenceScore(similarity, ca, cb);
    }

    /// <summary>Lexicon partners of a term that occur in this comparison's vocabulary.</summary>
    public (int Id, double Strength)[] PartnersOf(int term)
    {
        if (!_partners.TryGetValue(term, out var partners))
        {
            partners = _lexicon.PartnersOf(_vocabulary[term])
                .Select(p => _vocabulary.TryGetId(p.Key, out var id) ? (id, p.Value) : (-1, 0.0))
                .Where(p => p.Item1 >= 0)
                .ToArray();
            _partners[term] = partners;
        }
        return partners;
    }

    private bool SameName(int a, int b)
    {
        var key = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
        if (!_names.TryGetValue(key, out var same))
        {
            same = NameMatcher.AreSameName(_vocabulary[a], _vocabulary[b]);
            _names[key] = same;
        }
        return same;
    }
}
