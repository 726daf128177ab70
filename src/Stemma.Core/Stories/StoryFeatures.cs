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
        var builder = new Builder();
        var text = article.Article.Text;
        foreach (var sentence in article.Sentences)
        {
            for (var i = 0; i < sentence.Terms.Count; i++)
            {
                var term = sentence.Terms[i];
                if (IsYear(term.Token, text))
                {
                    builder.AddYear(StableHash.Of(term.Folded));
                }
                else if (term.Token.Kind == TokenKind.Word && !term.IsStop)
                {
                    builder.AddWord(StableHash.Of(term.Stem), term.Stem.Length, IsName(term.Token, i, term.Folded.Length, text));
                }
            }
        }
        return builder.Build(article.Article.Document.Published);
    }

    /// <summary>
    /// A four-digit year such as 2008 (its key is the hash of its folded form): it tells this year's event from
    /// last year's like a name does.
    /// </summary>
    public static bool IsYear(Token token, string text) =>
        token.Kind == TokenKind.Number && token.Length == 4
        && text[token.Start] is '1' or '2' && int.TryParse(token.In(text), out var year) && year is >= 1800 and <= 2100;

    /// <summary>A word written with a capital and not first in its sentence (<paramref name="index"/>: its token's place), of three letters or more folded.</summary>
    public static bool IsName(Token token, int index, int foldedLength, string text) =>
        index > 0 && char.IsUpper(text[token.Start]) && foldedLength >= 3;

    /// <summary>Counts an article's terms into its profile; one builder per article, or one per thread <see cref="Clear"/>ed between articles.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, float> _counts = [];
        private readonly HashSet<ulong> _names = [];
        private ulong[] _keys = [];
        private float[] _weights = [];

        /// <summary>A content word (not a stop word) by the hash of its stem; stems shorter than two letters are left out.</summary>
        public void AddWord(ulong stemKey, int stemLength, bool isName)
        {
            if (stemLength < 2)
            {
                return;
            }
            Count(stemKey);
            if (isName)
            {
                _names.Add(stemKey);
            }
        }

        /// <summary>A year (see <see cref="IsYear"/>), which counts as a name.</summary>
        public void AddYear(ulong key)
        {
            Count(key);
            _names.Add(key);
        }

        public StoryFeatures Build(DateTimeOffset? published)
        {
            if (_keys.Length < _counts.Count)
            {
                _keys = new ulong[_counts.Count * 2];
                _weights = new float[_keys.Length];
            }
            var keys = _keys.AsSpan(0, _counts.Count);
            var weights = _weights.AsSpan(0, keys.Length);
            var n = 0;
            foreach (var (key, count) in _counts)
            {
                keys[n] = key;
                weights[n++] = (1f + MathF.Log(count)) * (_names.Contains(key) ? NameBoost : 1f);
            }
            // Keys are distinct, so sorting them with their weights gives the one order by key (the primitive-keyed sort is much quicker than one by comparison delegate).
            keys.Sort(weights);
            var terms = new WeightedTerm[keys.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = new WeightedTerm(keys[i], weights[i]);
            }
            return new StoryFeatures(terms, published);
        }

        /// <summary>Forgets the terms counted so far, keeping the room they took (a builder reused for article after article allocates nothing).</summary>
        public void Clear()
        {
            _counts.Clear();
            _names.Clear();
        }

        private void Count(ulong key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }
}
