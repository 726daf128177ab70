using System.Globalization;
using Stemma.Sketching;
using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>One word of an article for verbatim matching: its folded form's hash and clean-text span.</summary>
internal readonly record struct ProfileWord(ulong Hash, int Start, int End, int Sentence, bool IsContent);

/// <summary>One sentence reduced to what the aligner compares.</summary>
/// <param name="Sentence">The segmented sentence.</param>
/// <param name="Terms">Distinct content term ids, sorted.</param>
/// <param name="NameTerms">The subset of <paramref name="Terms"/> written with a capital (names), for fuzzy matching.</param>
/// <param name="Bands">LSH band keys of the sentence's MinHash sketch.</param>
/// <param name="FirstWord">Index of the sentence's first word in the article's word stream.</param>
/// <param name="WordCount">Number of words (stop words included) in the sentence.</param>
internal sealed record ProfileSentence(Sentence Sentence, int[] Terms, int[] NameTerms, ulong[] Bands, int FirstWord, int WordCount);

/// <summary>
/// An article prepared for alignment: per sentence its content terms (Porter2 stems; numbers by value,
/// so 1,250 = 1250), its name-like terms and its sketch bands; and the article's word stream (folded
/// words, stop words included) for verbatim runs.
/// </summary>
internal sealed class ArticleProfile
{
    private ArticleProfile(SegmentedArticle article, ProfileSentence[] sentences, ProfileWord[] words)
    {
        Article = article;
        Sentences = sentences;
        Words = words;
    }

    public SegmentedArticle Article { get; }

    public ProfileSentence[] Sentences { get; }

    public ProfileWord[] Words { get; }

    public string Text => Article.Article.Text;

    public static ArticleProfile Build(SegmentedArticle article, Vocabulary vocabulary, SketchOptions sketch)
    {
        var sentences = new ProfileSentence[article.Sentences.Count];
        var words = new List<ProfileWord>();
        var terms = new SortedSet<int>();
        var names = new SortedSet<int>();
        var hashes = new List<ulong>();
        var text = article.Article.Text;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = article.Sentences[s];
            terms.Clear();
            names.Clear();
            hashes.Clear();
            var firstWord = words.Count;
            foreach (var term in sentence.Terms)
            {
                if (term.Token.Kind == TokenKind.Punctuation)
                {
                    continue;
                }
                words.Add(new ProfileWord(StableHash.Of(term.Folded), term.Token.Start, term.Token.End, s, term.IsContent));
                if (!term.IsContent)
                {
                    continue;
                }
                var key = TermKey(term);
                var id = vocabulary.IdOf(key);
                if (terms.Add(id))
                {
                    hashes.Add(StableHash.Of(key));
                }
                if (term.Token.Kind == TokenKind.Word && char.IsUpper(text[term.Token.Start]) && term.Folded.Length >= 4)
                {
                    names.Add(id);
                }
            }
            var bands = MinHashSketch.Create(hashes.ToArray(), sketch).BandKeys();
            sentences[s] = new ProfileSentence(sentence, [.. terms], [.. names], bands, firstWord, words.Count - firstWord);
        }
        return new ArticleProfile(article, sentences, [.. words]);
    }

    /// <summary>Numbers compare by value ("1,250" and "1250" are one term); words by stem.</summary>
    internal static string TermKey(Term term)
    {
        if (term.Token.Kind == TokenKind.Number && NumberParser.TryParse(term.Folded, out var number) && number.Unit is null)
        {
            return "#" + number.Value.ToString("R", CultureInfo.InvariantCulture);
        }
        return term.Stem;
    }
}
