using Stemma.Extraction;

namespace Stemma.Claims;

/// <summary>The text inside one pair of quotation marks (marks excluded), in clean-text positions.</summary>
/// <param name="Start">First character inside the marks.</param>
/// <param name="End">End of the quoted text (the closing mark, or the paragraph's end).</param>
/// <param name="Paragraph">The paragraph it lies in.</param>
/// <param name="Closed">False when the paragraph ended before a closing mark.</param>
/// <param name="ContinuesPrevious">True when it opens a paragraph that carries on the previous paragraph's unclosed quotation.</param>
internal readonly record struct QuoteFragment(int Start, int End, int Paragraph, bool Closed, bool ContinuesPrevious);

/// <summary>Which characters of an article's clean text lie inside quotation marks.</summary>
internal sealed class QuotedText(IReadOnlyList<QuoteFragment> fragments)
{
    public IReadOnlyList<QuoteFragment> Fragments { get; } = fragments;

    public bool IsQuoted(int position)
    {
        int lo = 0, hi = Fragments.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var f = Fragments[mid];
            if (position < f.Start)
            {
                hi = mid - 1;
            }
            else if (position >= f.End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The quoted share of a span: how much of a sentence is a quotation.</summary>
    public double QuotedShare(int start, int end)
    {
        if (end <= start)
        {
            return 0;
        }
        var inside = 0;
        foreach (var f in Fragments)
        {
            inside += Math.Max(0, Math.Min(end, f.End) - Math.Max(start, f.Start));
        }
        return inside / (double)(end - start);
    }
}

/// <summary>
/// Finds quotations in an article's clean text, paragraph by paragraph. Double marks (“ ” „ « » and
/// straight ") open and close; single marks (‘ ’ and straight ') only when they stand at a word's edge, so
/// apostrophes ("Moscow’s") are not taken for quotes, and a single quote left open is dropped. Marks inside
/// a quotation are part of it (nested quotes). A double quote left open at a paragraph's end carries on
/// when the next paragraph opens with a mark, the convention for quotes over several paragraphs.
/// </summary>
internal static class QuoteScanner
{
    public static QuotedText Scan(ExtractedArticle article)
    {
        var text = article.Text;
        var fragments = new List<QuoteFragment>();
        var carried = false;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var start = article.Paragraphs[p].Start;
            var end = start + article.Paragraphs[p].Length;
            var open = -1;
            var single = false;
            var opener = '\0';
            var continues = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (open < 0)
                {
                    if (IsDoubleOpen(c))
                    {
                        continues = carried && fragments.Count > 0 && FirstMark(text, start, end) == i;
                        (open, single, opener) = (i + 1, false, c);
                    }
                    else if (IsSingleOpen(text, i, start, end))
                    {
                        continues = false;
                        (open, single, opener) = (i + 1, true, c);
                    }
                }
                else if (single ? IsSingleClose(text, i, end) : IsDoubleClose(c, opener))
                {
                    Add(fragments, open, i, p, closed: true, continues);
                    open = -1;
                }
            }
            carried = false;
            if (open >= 0 && !single)
            {
                Add(fragments, open, end, p, closed: false, continues);
                carried = true;
            }
        }
        return new QuotedText(fragments);
    }

    private static void Add(List<QuoteFragment> fragments, int start, int end, int paragraph, bool closed, bool continues)
    {
        if (end > start)
        {
            fragments.Add(new QuoteFragment(start, end, paragraph, closed, continues));
        }
    }

    private static int FirstMark(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsDoubleOpen(char c) => c is '"' or '“' or '„' or '«';

    private static bool IsDoubleClose(char c, char opener) => c switch
    {
        '"' or '”' => true,
        '»' => opener == '«',
        '“' => opener == '„',
        _ => false,
    };

    private static bool IsSingleOpen(string text, int i, int start, int end)
    {
        var c = text[i];
        if (c is not ('‘' or '\''))
        {
            return false;
        }
        var before = i == start ? ' ' : text[i - 1];
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-')
            && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
    }

    private static bool IsSingleClose(string text, int i, int end)
    {
        var c = text[i];
        if (c is not ('’' or '\''))
        {
            return false;
        }
        var after = i + 1 < end ? text[i + 1] : ' ';
        return !char.IsLetterOrDigit(after);
    }
}
