using Stemma.Alignment;
using Stemma.Sketching;
using Stemma.Text;

namespace Stemma.Claims;

/// <summary>
/// Lines up the quotes of a story's articles. Two quotes of different articles are one quote when their
/// soft term overlap (<see cref="SentenceScorer"/>: stems, the paraphrase lexicon, name spellings, IDF
/// over the story's sentences) reaches <see cref="ClaimsOptions.QuoteMatch"/>, or when one is an excerpt
/// of the other; short quoted phrases ("necessary") match by their words. An article that carries the
/// statement without quotation marks is found by scoring its unquoted sentences against the quote. Each
/// version is then classed against the closest earlier version of another article.
/// </summary>
internal sealed class QuoteMatcher(ClaimsOptions options, ParaphraseLexicon lexicon)
{
    private sealed record Candidate(ExtractedQuote Quote, int[] Terms, int[] Names, bool IsPhrase, string PhraseKey);

    public List<QuoteGroup> Match(IReadOnlyList<ClaimText> articles, IReadOnlyList<ExtractedQuote> quotes)
    {
        // 1. One vocabulary and sentence-level IDF over the story.
        var vocabulary = new Vocabulary();
        var profiles = articles.Select(a => ArticleProfile.Build(a.Member.Article, vocabulary, SketchOptions.Default)).ToArray();
        var scorer = new SentenceScorer(vocabulary, TermWeights.Build(vocabulary, profiles), lexicon);
        var candidates = quotes.Select(q => Prepare(q, vocabulary)).ToArray();

        // 2. Pairs of quotes of different articles, joined into groups.
        var parent = Enumerable.Range(0, candidates.Length).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (i, j) in Pairs(candidates))
        {
            if (Same(candidates[i], candidates[j], scorer))
            {
                parent[Find(j)] = Find(i);
            }
        }
        var groups = new List<QuoteGroup>();
        foreach (var members in Enumerable.Range(0, candidates.Length).GroupBy(Find))
        {
            // The longest quote of each article stands for it (not a headline excerpt of it), in story order.
            var versions = members.Select(i => candidates[i]).GroupBy(c => c.Quote.Article.Index)
                .Select(g => g.MaxBy(c => c.Quote.Words.Length)!).OrderBy(c => c.Quote.Article.Index).ToList();
            var reported = versions[0].IsPhrase ? [] : ReportedSpeech(articles, profiles, scorer, versions);
            if (versions.Count + reported.Count < 2)
            {
                continue;
            }
            groups.Add(Classify(versions, reported, scorer));
        }
        return [.. groups.OrderByDescending(g => g.Changed)];
    }

    /// <summary>A term in more quotes than this finds no more pairs (rarer shared terms still do): bounds the pairs per quote.</summary>
    private const int MaxPostings = 256;

    /// <summary>
    /// Pairs worth scoring: quotes of different articles sharing a term (or a phrase), found through postings
    /// rather than all pairs; a term's posting list stops growing at <see cref="MaxPostings"/>, so thousands
    /// of quotes sharing one word cost linear, not quadratic, time and memory.
    /// </summary>
    private static IEnumerable<(int, int)> Pairs(Candidate[] candidates)
    {
        var postings = new Dictionary<int, List<int>>();
        var seen = new HashSet<long>();
        for (var j = 0; j < candidates.Length; j++)
        {
            foreach (var term in candidates[j].Terms)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                foreach (var i in list)
                {
                    if (candidates[i].Quote.Article != candidates[j].Quote.Article && seen.Add(((long)i << 32) | (uint)j))
                    {
                        yield return (i, j);
                    }
                }
                if (list.Count < MaxPostings)
                {
                    list.Add(j);
                }
            }
        }
    }

    private Candidate Prepare(ExtractedQuote quote, Vocabulary vocabulary)
    {
        var terms = new SortedSet<int>();
        var names = new SortedSet<int>();
        foreach (var term in quote.Terms)
        {
            var id = vocabulary.IdOf(ArticleProfile.TermKey(term));
            terms.Add(id);
            if (term.Token.Kind == TokenKind.Word && char.IsUpper(quote.Article.Text[term.Token.Start]) && term.Folded.Length >= 4)
            {
                names.Add(id);
            }
        }
        var isPhrase = quote.Words.Length <= options.PhraseWords;
        return new Candidate(quote, [.. terms], [.. names], isPhrase, isPhrase ? PhraseKey(quote.Words) : "");
    }

    /// <summary>"the concrete formats" and "concrete formats" are one phrase: stop words at the edges are dropped.</summary>
    private static string PhraseKey(string[] words)
    {
        var first = 0;
        var last = words.Length - 1;
        while (first <= last && StopWords.Contains(words[first]))
        {
            first++;
        }
        while (last >= first && StopWords.Contains(words[last]))
        {
            last--;
        }
        return first > last ? "" : string.Join(' ', words[first..(last + 1)]);
    }

    private bool Same(Candidate a, Candidate b, SentenceScorer scorer)
    {
        if (a.IsPhrase || b.IsPhrase)
        {
            return a.IsPhrase && b.IsPhrase && a.PhraseKey.Length > 0 && a.PhraseKey == b.PhraseKey;
        }
        var score = scorer.Score(a.Terms, a.Names, b.Terms, b.Names);
        if (score.Similarity >= options.QuoteMatch)
        {
            return true;
        }
        var aShorter = scorer.WeightOf(a.Terms) <= scorer.WeightOf(b.Terms);
        var shorter = aShorter ? a : b;
        return shorter.Terms.Length >= 3 && (aShorter ? score.TargetContained : score.SourceContained) >= options.QuoteExcerpt;
    }

    /// <summary>For each article without a version of the quote, its unquoted sentence that says the same, if any.</summary>
    private List<(ClaimText Article, int Sentence, double Similarity)> ReportedSpeech(
        IReadOnlyList<ClaimText> articles, ArticleProfile[] profiles, SentenceScorer scorer, List<Candidate> versions)
    {
        var found = new List<(ClaimText, int, double)>();
        var quoting = versions.Select(v => v.Quote.Article.Index).ToHashSet();
        var quote = versions[0];
        foreach (var article in articles)
        {
            if (quoting.Contains(article.Index))
            {
                continue;
            }
            var best = (Sentence: -1, Similarity: 0.0);
            var sentences = profiles[article.Index].Sentences;
            for (var s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s].Sentence;
                if (article.Quoted.QuotedShare(sentence.Start, sentence.Start + sentence.Length) > 0.2)
                {
                    continue;
                }
                var score = scorer.Score(quote.Terms, quote.Names, sentences[s].Terms, sentences[s].NameTerms);
                if (score.TargetContained >= options.ReportedContained && score.Similarity >= options.ReportedSimilarity && score.Similarity > best.Similarity)
                {
                    best = (s, score.Similarity);
                }
            }
            if (best.Sentence >= 0)
            {
                found.Add((article, best.Sentence, best.Similarity));
            }
        }
        return found;
    }

    private QuoteGroup Classify(List<Candidate> quotes, List<(ClaimText Article, int Sentence, double Similarity)> reported, SentenceScorer scorer)
    {
        var versions = new List<QuoteVersion>(quotes.Count + reported.Count)
        {
            new(quotes[0].Quote.ToMention(), QuoteChange.Original, null, []),
        };
        for (var k = 1; k < quotes.Count; k++)
        {
            var current = quotes[k];
            var closest = quotes.Take(k)
                .Where(q => q.Quote.Article != current.Quote.Article)
                .MaxBy(q => current.IsPhrase ? 0 : scorer.Score(current.Terms, current.Names, q.Terms, q.Names).Similarity)!;
            var (change, diff) = Compare(closest.Quote, current.Quote, current.IsPhrase);
            versions.Add(new QuoteVersion(current.Quote.ToMention(), change, closest.Quote.ToMention(), diff));
        }
        foreach (var (article, s, _) in reported)
        {
            var sentence = article.Sentences[s];
            var items = article.Items(s);
            var speaker = AttributionRules.Find(items, 0) is { IsPronoun: false } found ? found.Speaker : null;
            var mention = new QuoteMention(article.Article, sentence.Text, speaker, article.Span(sentence.Start, sentence.Start + sentence.Length), sentence.Text, null);
            versions.Add(new QuoteVersion(mention, QuoteChange.ReportedSpeech, quotes[0].Quote.ToMention(), []));
        }
        return new QuoteGroup(quotes.Select(q => q.Quote.Speaker).FirstOrDefault(s => s is not null), versions);
    }

    private (QuoteChange Change, IReadOnlyList<DiffWord> Diff) Compare(ExtractedQuote earlier, ExtractedQuote later, bool isPhrase)
    {
        if (Contains(earlier.Words, later.Words) || Contains(later.Words, earlier.Words))
        {
            var contextChanged = isPhrase && earlier.AfterStems.Length > 0 && later.AfterStems.Length > 0 && !earlier.AfterStems.Intersect(later.AfterStems).Any();
            return (contextChanged ? QuoteChange.NewContext : QuoteChange.Identical, []);
        }
        if (isPhrase)
        {
            return (QuoteChange.Identical, []);
        }
        var diff = WordDiff.Compare(earlier.Text, later.Text);
        var edits = 0;
        var changed = 0;
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Op == DiffOp.Same)
            {
                continue;
            }
            changed++;
            if (i == 0 || diff[i - 1].Op == DiffOp.Same)
            {
                edits++;
            }
        }
        var longer = Math.Max(earlier.Words.Length, later.Words.Length);
        return edits <= options.ChangedWordsMaxEdits && changed <= longer / 3
            ? (QuoteChange.ChangedWords, diff)
            : (QuoteChange.Paraphrased, []);
    }

    /// <summary>Whether <paramref name="inner"/> occurs as a contiguous run in <paramref name="outer"/>.</summary>
    private static bool Contains(string[] outer, string[] inner)
    {
        if (inner.Length == 0 || inner.Length > outer.Length)
        {
            return inner.Length == 0;
        }
        for (var i = 0; i + inner.Length <= outer.Length; i++)
        {
            if (outer.AsSpan(i, inner.Length).SequenceEqual(inner))
            {
                return true;
            }
        }
        return false;
    }
}
