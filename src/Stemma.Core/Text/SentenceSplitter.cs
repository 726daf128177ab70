namespace Stemma.Text;

/// <summary>A sentence's span in the clean text.</summary>
public readonly record struct SentenceSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits a paragraph into sentences at <c>. ! ? …</c> (with any closing quotes or brackets) followed by
/// a space and a word that can start a sentence. It does not split after titles ("Mr.", "Gen."), initials
/// ("J. Smith"), month and number abbreviations before a figure ("Sept. 27", "No. 10"), or before a
/// lower-case word (<c>“Is it over?” he asked.</c>); "U.S." and similar end a sentence only when a
/// common sentence opener follows ("… the U.S. The talks …").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cpt", "cpl", "adm", "cmdr",
        "rep", "sen", "gov", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft", "fr", "sr", "jr", "st", "messrs",
        "mme", "mlle", "vs", "v", "etc", "cf", "approx", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "fig", "figs",
        "p", "pp", "vol", "art", "sec", "ch", "para", "tel", "ext",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "There", "Its", "His", "Her",
        "Their", "Our", "Some", "Many", "Most", "More", "Meanwhile", "However", "Earlier", "Later", "Also", "Yet",
        "So", "Now", "What", "Why", "How", "Who", "Officials", "Both", "Such", "For", "With", "According",
    };

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSpans = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberSpans = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of clean text between <paramref name="start"/> and <paramref name="end"/> (one paragraph).</summary>
    public static List<SentenceSpan> Split(string text, int start, int end)
    {
        var sentences = new List<SentenceSpan>();
        Split(text, start, end, sentences);
        return sentences;
    }

    /// <summary>The same sentences added to <paramref name="sentences"/> (a list a caller reuses from paragraph to paragraph).</summary>
    internal static void Split(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var sentenceStart = SkipSpace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            // Jump to the next sentence-ending mark.
            var mark = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (mark < 0)
            {
                break;
            }
            i += mark;
            var c = text[i];
            var after = i + 1;
            while (after < end && text[after] is '.' or '!' or '?' or '…')
            {
                after++;
            }
            while (after < end && IsCloser(text[after]))
            {
                after++;
            }
            if (after >= end)
            {
                break;
            }
            if (!char.IsWhiteSpace(text[after]))
            {
                continue;
            }
            var next = SkipSpace(text, after, end);
            if (next >= end || !CanStartSentence(text, next, end))
            {
                continue;
            }
            if (c == '.' && after == i + 1 && !EndsSentence(text, sentenceStart, i, next, end))
            {
                continue;
            }
            sentences.Add(new SentenceSpan(sentenceStart, after - sentenceStart));
            sentenceStart = next;
            i = next - 1;
        }
        var last = TrimEnd(text, sentenceStart, end);
        if (last > sentenceStart)
        {
            sentences.Add(new SentenceSpan(sentenceStart, last - sentenceStart));
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool CanStartSentence(string text, int at, int end)
    {
        var c = text[at];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }
        // An opening quote or bracket followed by a capital or digit.
        if (c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '‹' or '—' or '-')
        {
            var inner = at + 1;
            return inner < end && (char.IsUpper(text[inner]) || char.IsDigit(text[inner]));
        }
        return false;
    }

    /// <summary>Decides a full stop directly after a word: abbreviation or end of sentence.</summary>
    private static bool EndsSentence(string text, int sentenceStart, int dot, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“' or '‘'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return true;
        }
        if (TitleSpans.Contains(word))
        {
            return false;
        }
        if (BeforeNumberSpans.Contains(word) && char.IsDigit(text[next]))
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        // Dotted abbreviations: U.S., U.K., a.m., e.g.
        if (word.Contains('.') && IsDottedAbbreviation(word))
        {
            if (word.Equals("e.g", StringComparison.OrdinalIgnoreCase) || word.Equals("i.e", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            return Openers.Contains(NextWord(text, next, end));
        }
        return true;
    }

    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var part in word.ToString().Split('.'))
        {
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter))
            {
                return false;
            }
        }
        return true;
    }

    private static string NextWord(string text, int at, int end)
    {
        var stop = at;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }
        return text[at..stop];
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
