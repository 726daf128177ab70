using Stemma.Alignment;
using Stemma.Text;

namespace Stemma.Claims;

/// <summary>
/// Groups the spellings of one name across a story's articles: transliterations (Pashinyan, Pashinian,
/// Pachinian), diacritics (Baïramov, Bairamov), typos (Cavusoglu, Cavutoglu) and hyphenation
/// (Nagorno-Karabakh, Nagorno Karabakh). A name is a word written with a capital inside a sentence and
/// never in lower case anywhere in the story (so "Ministry" and "Minister" are not names). Two names are
/// spellings of one when their transliteration keys (<see cref="NameMatcher"/>) match at Jaro-Winkler
/// 0.88 and differ by at most one edit (two for keys of eight letters or more), unless one is the other
/// with a suffix (Armenia, Armenian) or a demonym ending (Turkey, Turkish). Short keys (four letters)
/// match by one edit only when no article uses both: Iran and Iraq are two countries, Shusha and Shushi one town.
/// </summary>
internal static class NameVariants
{
    private const int MaxNames = 2_000;

    private static readonly (string Base, string Derived)[] DemonymEndings =
    [
        ("ey", "ish"), ("y", "ish"), ("a", "an"), ("a", "ans"), ("ia", "ian"), ("ia", "ians"), ("e", "ese"), ("", "i"), ("", "is"),
    ];

    private sealed class Name(string spelling, string folded)
    {
        public string Spelling { get; } = spelling;

        public string Folded { get; } = folded;

        public string Key { get; } = NameMatcher.Key(folded);

        public SortedSet<int> Articles { get; } = [];

        public bool InsideSentence { get; set; }
    }

    public static List<NameGroup> Find(IReadOnlyList<ClaimText> articles)
    {
        var names = new Dictionary<string, Name>(StringComparer.Ordinal);
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            Collect(article, names, lowerCase);
        }
        var candidates = names.Values
            .Where(n => n.InsideSentence && !lowerCase.Contains(n.Folded) && n.Key.Length >= 3)
            .OrderByDescending(n => n.Articles.Count)
            .Take(MaxNames)
            .ToList();

        var parent = Enumerable.Range(0, candidates.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                if (AreSpellingsOfOne(candidates[i], candidates[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }
        var groups = new List<NameGroup>();
        foreach (var group in Enumerable.Range(0, candidates.Count).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var spellings = group.Select(i => candidates[i])
                .OrderByDescending(n => n.Articles.Count)
                .ThenBy(n => n.Articles.Min())
                .Select(n => new NameSpelling(n.Spelling, [.. n.Articles.Select(a => articles[a].Article)]))
                .ToList();
            groups.Add(new NameGroup(spellings));
        }
        groups.AddRange(Hyphenations(articles, candidates));
        return [.. groups.OrderByDescending(g => g.Spellings.Sum(s => s.Articles.Count))];
    }

    private static void Collect(ClaimText article, Dictionary<string, Name> names, HashSet<string> lowerCase)
    {
        var text = article.Text;
        foreach (var sentence in article.Sentences)
        {
            for (var t = 0; t < sentence.Terms.Count; t++)
            {
                var term = sentence.Terms[t];
                if (term.Token.Kind != TokenKind.Word)
                {
                    continue;
                }
                var written = ClauseItems.Bare(term.Token.In(text).ToString());
                var folded = ClauseItems.Bare(term.Folded);
                if (!char.IsUpper(written[0]))
                {
                    lowerCase.Add(folded);
                    continue;
                }
                if (folded.Length < 4 || StopWords.Contains(folded) || written.All(char.IsUpper))
                {
                    continue;
                }
                var key = written.ToLowerInvariant();
                if (!names.TryGetValue(key, out var name))
                {
                    name = new Name(written, folded);
                    names.Add(key, name);
                }
                name.Articles.Add(article.Index);
                name.InsideSentence |= t > 0 && !IsAfterQuoteOpening(text, sentence, t);
            }
        }
    }

    /// <summary>A capital after an opening quotation mark at a sentence's start is a sentence start too.</summary>
    private static bool IsAfterQuoteOpening(string text, Sentence sentence, int t) =>
        sentence.Terms.Take(t).All(term => term.Token.Kind == TokenKind.Punctuation && ClauseItems.IsQuoteMark(text[term.Token.Start]));

    private static bool AreSpellingsOfOne(Name a, Name b)
    {
        if (a.Folded == b.Folded)
        {
            return true; // differ only in diacritics or case
        }
        if (a.Folded.StartsWith(b.Folded, StringComparison.Ordinal) || b.Folded.StartsWith(a.Folded, StringComparison.Ordinal) || IsDemonym(a.Folded, b.Folded))
        {
            return false;
        }
        if (!NameMatcher.AreSameName(a.Folded, b.Folded))
        {
            return false;
        }
        var shorter = Math.Min(a.Key.Length, b.Key.Length);
        var distance = EditDistance(a.Key, b.Key);
        if (distance == 0)
        {
            return true;
        }
        if (distance > (shorter >= 8 ? 2 : 1))
        {
            return false;
        }
        return shorter > 4 || !a.Articles.Overlaps(b.Articles);
    }

    private static bool IsDemonym(string a, string b)
    {
        foreach (var (baseEnd, derivedEnd) in DemonymEndings)
        {
            foreach (var (x, y) in new[] { (a, b), (b, a) })
            {
                if (x.EndsWith(baseEnd, StringComparison.Ordinal) && y.EndsWith(derivedEnd, StringComparison.Ordinal)
                    && x[..^baseEnd.Length] == y[..^derivedEnd.Length])
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"Nagorno-Karabakh" and "Nagorno Karabakh": a hyphenated name that another article writes as two words.</summary>
    private static IEnumerable<NameGroup> Hyphenations(IReadOnlyList<ClaimText> articles, List<Name> candidates)
    {
        foreach (var name in candidates.Where(n => n.Spelling.Contains('-')))
        {
            var spaced = name.Spelling.Replace('-', ' ');
            var users = articles.Where(a => Contains(a.Text, spaced)).Select(a => a.Article).ToList();
            if (users.Count > 0)
            {
                yield return new NameGroup([
                    new NameSpelling(name.Spelling, [.. name.Articles.Select(a => articles[a].Article)]),
                    new NameSpelling(spaced, users),
                ]);
            }
        }
    }

    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
