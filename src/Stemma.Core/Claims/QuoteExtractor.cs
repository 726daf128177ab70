using System.Text;
using Stemma.Text;

namespace Stemma.Claims;

/// <summary>A quotation of one article, ready to be matched: its parts, words, content terms and speaker.</summary>
internal sealed record ExtractedQuote(
    ClaimText Article, IReadOnlyList<(int Start, int End)> Parts, string Text, string[] Words, IReadOnlyList<Term> Terms,
    string? Speaker, int Sentence, string? After, string[] AfterStems)
{
    public int Start => Parts[0].Start;

    public int End => Parts[^1].End;

    public QuoteMention ToMention() =>
        new(Article.Article, Text, Speaker, Article.Span(Start, End), Article.Sentences[Sentence].Text, After);
}

/// <summary>
/// Builds an article's quotations from its quoted fragments: a fragment that carries an unclosed quote into
/// the next paragraph is joined to it, and two fragments of one sentence broken by a short attribution
/// ("It is impossible," he said, "but …") are one quote. Each quote gets its speaker
/// (<see cref="AttributionRules"/>); a pronoun is resolved to the person named since the last speaker, or to
/// the last speaker; a quote with no attribution of its own takes the speaker of the quote before it in
/// its paragraph.
/// </summary>
internal static class QuoteExtractor
{
    private const int MaxAttributionWords = 8;

    public static List<ExtractedQuote> Extract(ClaimText article)
    {
        var quotes = new List<ExtractedQuote>();
        string? lastSpeaker = null;
        var lastSpeakerSentence = -1;
        var lastParagraph = -1;
        foreach (var parts in Join(article))
        {
            var sentence = article.SentenceAt(parts[0].Start);
            var attribution = FindAttribution(article, parts);
            var speaker = attribution?.Speaker;
            if (attribution is { IsPronoun: true })
            {
                speaker = ResolvePronoun(article, sentence, lastSpeaker, lastSpeakerSentence);
            }
            var paragraph = ParagraphOf(article, parts[0].Start);
            if (attribution is null && paragraph == lastParagraph && quotes.Count > 0)
            {
                speaker = quotes[^1].Speaker;
            }
            if (speaker is not null)
            {
                (lastSpeaker, lastSpeakerSentence) = (speaker, sentence);
            }
            lastParagraph = paragraph;
            var quote = Build(article, parts, speaker, sentence);
            if (quote.Words.Length > 0)
            {
                quotes.Add(quote);
            }
        }
        return quotes;
    }

    private static IEnumerable<List<(int Start, int End)>> Join(ClaimText article)
    {
        var fragments = article.Quoted.Fragments;
        List<(int Start, int End)>? current = null;
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            if (current is not null && (f.ContinuesPrevious || IsBrokenByAttribution(article.Text, fragments[i - 1], f)))
            {
                current.Add((f.Start, f.End));
                continue;
            }
            if (current is not null)
            {
                yield return current;
            }
            current = [(f.Start, f.End)];
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>"It is impossible," he said, "but …": the first part ends with a comma and the gap is a short attribution.</summary>
    private static bool IsBrokenByAttribution(string text, QuoteFragment previous, QuoteFragment next)
    {
        if (previous.Paragraph != next.Paragraph || !previous.Closed || !text.AsSpan(previous.Start, previous.End - previous.Start).TrimEnd().EndsWith(','))
        {
            return false;
        }
        var gap = text[previous.End..next.Start];
        var words = gap.Split([' ', ',', '”', '“', '"', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxAttributionWords && words.Any(w => AttributionRules.IsReportingVerb(w.ToLowerInvariant()));
    }

    private static Attribution? FindAttribution(ClaimText article, List<(int Start, int End)> parts)
    {
        var first = article.SentenceAt(parts[0].Start);
        var items = article.Items(first);
        var found = AttributionRules.Find(items, items.IndexAt(parts[0].Start));
        if (found is null)
        {
            // A quote running over several sentences is often attributed after its last part.
            var last = article.SentenceAt(Math.Max(parts[^1].End - 1, parts[^1].Start));
            if (last != first)
            {
                var lastItems = article.Items(last);
                found = AttributionRules.Find(lastItems, lastItems.IndexAt(Math.Max(parts[^1].End - 1, parts[^1].Start)));
            }
        }
        return found;
    }

    private static string? ResolvePronoun(ClaimText article, int sentence, string? lastSpeaker, int lastSpeakerSentence)
    {
        for (var s = sentence - 1; s > lastSpeakerSentence && s >= sentence - 3; s--)
        {
            if (AttributionRules.FirstNamedPerson(article.Items(s)) is { } named)
            {
                return LastTwoWords(named);
            }
        }
        return lastSpeaker is not null && sentence - lastSpeakerSentence <= 6 ? lastSpeaker : null;
    }

    /// <summary>"Prime Minister Nikol Pashinyan" → "Nikol Pashinyan": a person's name ends a run of titles.</summary>
    private static string LastTwoWords(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 2 ? run : string.Join(' ', words[^2..]);
    }

    private static int ParagraphOf(ClaimText article, int position)
    {
        var paragraphs = article.Member.Article.Article.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (position < paragraphs[p].Start + paragraphs[p].Length)
            {
                return p;
            }
        }
        return paragraphs.Count - 1;
    }

    private static ExtractedQuote Build(ClaimText article, List<(int Start, int End)> parts, string? speaker, int sentence)
    {
        var text = article.Text;
        var display = new StringBuilder();
        var words = new List<string>();
        var terms = new List<Term>();
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0)
            {
                display.Append(" … ");
            }
            display.Append(Collapse(text[parts[p].Start..parts[p].End]).Trim().TrimEnd(','));
        }
        var lastSentence = article.SentenceAt(Math.Max(parts[^1].End - 1, parts[^1].Start));
        for (var s = sentence; s <= lastSentence; s++)
        {
            foreach (var term in article.Sentences[s].Terms)
            {
                if (term.Token.Kind == TokenKind.Punctuation || !Inside(parts, term.Token.Start))
                {
                    continue;
                }
                words.Add(term.Folded);
                if (term.IsContent)
                {
                    terms.Add(term);
                }
            }
        }
        var (after, afterStems) = WordsAfter(article, lastSentence, parts[^1].End);
        return new ExtractedQuote(article, parts, display.ToString(), [.. words], terms, speaker, sentence, after, afterStems);
    }

    /// <summary>Up to five words after the quote in its sentence, and the first two content stems among them.</summary>
    private static (string? After, string[] Stems) WordsAfter(ClaimText article, int sentence, int end)
    {
        var terms = article.Sentences[sentence].Terms;
        var first = -1;
        var last = -1;
        var stems = new List<string>(2);
        var count = 0;
        foreach (var term in terms)
        {
            if (term.Token.Start < end || article.Quoted.IsQuoted(term.Token.Start))
            {
                if (count > 0)
                {
                    break;
                }
                continue;
            }
            if (term.Token.Kind == TokenKind.Punctuation)
            {
                if (ClauseItems.IsQuoteMark(article.Text[term.Token.Start]) && count == 0)
                {
                    continue;
                }
                break;
            }
            first = first < 0 ? term.Token.Start : first;
            last = term.Token.End;
            if (term.IsContent && stems.Count < 2)
            {
                stems.Add(term.Stem);
            }
            if (++count == 5)
            {
                break;
            }
        }
        return first < 0 ? (null, []) : (article.Text[first..last], [.. stems]);
    }

    private static bool Inside(List<(int Start, int End)> parts, int position)
    {
        foreach (var (start, end) in parts)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }
        return false;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
