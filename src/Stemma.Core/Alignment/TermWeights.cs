using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>
/// Inverse sentence frequency of each term over the articles being compared (tf-isf, as in the PAN
/// text-alignment systems of Sanchez-Perez et al. 2014): a term in every sentence says nothing about
/// which sentences correspond. Short texts give little evidence, so words that are common in any news
/// text (<see cref="NewsBackground"/>) are damped whatever their count here.
/// </summary>
internal sealed class TermWeights
{
    private readonly double[] _weights;

    private TermWeights(double[] weights) => _weights = weights;

    public double this[int term] => _weights[term];

    public static TermWeights Build(Vocabulary vocabulary, IEnumerable<ArticleProfile> profiles)
    {
        var df = new int[vocabulary.Count];
        var sentences = 0;
        foreach (var profile in profiles)
        {
            foreach (var sentence in profile.Sentences)
            {
                sentences++;
                foreach (var term in sentence.Terms)
                {
                    df[term]++;
                }
            }
        }
        // Pretend the pair sits in a corpus of at least 40 sentences so that two short texts do not make
        // every shared word look rare or common by accident.
        var n = Math.Max(sentences, 40) + 1.0;
        var weights = new double[vocabulary.Count];
        for (var term = 0; term < weights.Length; term++)
        {
            var weight = Math.Log(n / Math.Max(df[term], 1));
            weights[term] = weight * NewsBackground.Damping(vocabulary[term]);
        }
        return new TermWeights(weights);
    }
}

/// <summary>
/// The built-in background: stems so frequent in news prose (reporting verbs, time words, generic nouns)
/// that sharing them is weak evidence of reuse. Written for this project from a journalist's word list;
/// the factor 0.35 halves-and-more their weight without silencing them.
/// </summary>
internal static class NewsBackground
{
    private static readonly HashSet<string> Common = new(
        new[]
        {
            "said", "says", "say", "told", "tell", "added", "according", "report", "reported", "reports", "statement",
            "news", "today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year", "years", "day",
            "days", "time", "times", "last", "first", "new", "one", "two", "three", "people", "man", "woman", "men",
            "women", "official", "officials", "government", "country", "world", "state", "states", "city", "area",
            "made", "make", "take", "took", "taken", "get", "got", "go", "going", "went", "come", "came", "see", "seen",
            "well", "now", "later", "earlier", "ago", "many", "much", "several", "part", "way", "back", "like",
            "number", "around", "including", "since", "however", "already", "whole", "place", "group", "case",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
            "told", "asked", "called", "known", "expected", "set", "put", "use", "used", "need", "want", "work",
        }.Select(w => Porter2Stemmer.Stem(w)),
        StringComparer.Ordinal);

    public static double Damping(string term) => Common.Contains(term) ? 0.35 : 1.0;
}
