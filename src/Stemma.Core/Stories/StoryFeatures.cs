using Stemma.Sketching;
using Stemma.Text;

namespace Stemma.Stories;

/// <summary>One weighted term of an article's story profile: the stable hash of its stem and its weight.</summary>
public readonly record struct WeightedTerm(ulong Key, float Weight);

/// <summary>
/// What story clustering knows of an article: its content terms with sublinear counts (names written with a
/// capital inside a sentence count more, since they tell one event of a kind from another), and its
/// publication time. Terms are sorted by key, so two profiles merge in one pass.
/// </summary>
public sealed record StoryFeatures(WeightedTerm[] Terms, DateTimeOffset? Published)
{
    /// <summary>How much more a name counts than an ordinary content word.</summary>
    public const float NameBoost = 3f;

    /// <summary>The story profile of a segmented article.</summary>
    public static StoryFeatures Of(SegmentedArticle article)
    {
        var counts = new Dictionary<ulong, float>();
        var names = new HashSet<ulong>();
        var text = article.Article.Text;
        foreach (var sentence in article.Sentences)
        {
            for (var i = 0; i < sentence.Terms.Count; i++)
            {
                var term = sentence.Terms[i];
                if (IsYear(term, text))
                {
                    var year = StableHash.Of(term.Folded);
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                    names.Add(year);
                    continue;
                }
                if (term.Token.Kind != TokenKind.Word || term.IsStop || term.Stem.Length < 2)
                {
                    continue;
                }
                var isName = i > 0 && char.IsUpper(text[term.Token.Start]) && term.Folded.Length >= 3;
                var key = StableHash.Of(term.Stem);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (isName)
                {
                    names.Add(key);
                }
            }
        }
        var terms = new WeightedTerm[counts.Count];
        var n = 0;
        foreach (var (key, count) in counts)
        {
            terms[n++] = new WeightedTerm(key, (1f + MathF.Log(count)) * (names.Contains(key) ? NameBoost : 1f));
        }
        Array.Sort(terms, (a, b) => a.Key.CompareTo(b.Key));
        return new StoryFeatures(terms, article.Article.Document.Published);
    }

    /// <summary>A four-digit year such as 2008: it tells this year's event from last year's like a name does.</summary>
    private static bool IsYear(Term term, string text) =>
        term.Token.Kind == TokenKind.Number && term.Token.Length == 4
        && text[term.Token.Start] is '1' or '2' && int.TryParse(term.Token.In(text), out var year) && year is >= 1800 and <= 2100;
}
