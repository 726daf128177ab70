namespace Stemma.Extraction;

/// <summary>
/// Joins kept lines into clean paragraphs: hard-wrapped lines are joined with a space, a word split by a
/// hyphen at a line end is joined keeping its hyphen ("de-\nescalate" → "de-escalate"), whitespace runs
/// become one space, and paragraphs are separated by a blank line. Every character keeps its original index.
/// </summary>
internal static class CleanTextAssembler
{
    /// <summary>Lines wrapped at a fixed width are rarely longer than this; longer lines are whole paragraphs.</summary>
    private const int MaxWrapWidth = 110;

    public static (string Text, OffsetMap Map, List<Paragraph> Paragraphs) Assemble(IReadOnlyList<SourceLine> lines)
    {
        var wrapWidth = WrapWidth(lines);
        var builder = new CleanTextBuilder(Capacity(lines));
        var paragraphs = new List<Paragraph>();
        var paragraphStart = -1;
        SourceLine? previous = null;
        var removedSincePrevious = false;
        foreach (var line in lines)
        {
            if (!line.IsKept)
            {
                removedSincePrevious = true;
                continue;
            }
            if (previous is null)
            {
                paragraphStart = 0;
            }
            else if (removedSincePrevious || line.StartsBlock || !IsSoftBreak(previous, line, wrapWidth))
            {
                var breakAt = previous.OffsetOf(previous.OffsetCount - 1) + 1;
                paragraphs.Add(new Paragraph(paragraphStart, builder.Length - paragraphStart));
                builder.Append('\n', breakAt);
                builder.Append('\n', breakAt);
                paragraphStart = builder.Length;
            }
            else if (!JoinsHyphenated(builder, line))
            {
                builder.Append(' ', previous.OffsetOf(previous.OffsetCount - 1) + 1);
            }
            AppendCollapsed(builder, line);
            previous = line;
            removedSincePrevious = false;
        }
        if (paragraphStart >= 0 && builder.Length > paragraphStart)
        {
            paragraphs.Add(new Paragraph(paragraphStart, builder.Length - paragraphStart));
        }
        var (text, map) = builder.Build();
        return (text, map, paragraphs);
    }

    /// <summary>
    /// The width a document is hard-wrapped at, or 0 when it is not: lines followed by another line of the
    /// same block are short, and most of them break in mid-sentence (a text with one paragraph a line
    /// ends nearly every line with a full stop).
    /// </summary>
    private static int WrapWidth(IReadOnlyList<SourceLine> lines)
    {
        var innerLengths = new List<int>();
        var midSentence = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].IsKept && lines[i + 1].IsKept && !lines[i + 1].StartsBlock)
            {
                var inner = lines[i].Text.AsSpan().Trim();
                innerLengths.Add(inner.Length);
                midSentence += EndsSentence(inner) ? 0 : 1;
            }
        }
        if (innerLengths.Count == 0 || midSentence * 2 < innerLengths.Count)
        {
            return 0;
        }
        innerLengths.Sort();
        var p90 = innerLengths[(int)(0.9 * (innerLengths.Count - 1))];
        return p90 <= MaxWrapWidth ? p90 : 0;
    }

    /// <summary>Whether a line ends where a sentence can end (after a full stop, a closing quote, a colon…).</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '<' or '*';

    private static bool IsSoftBreak(SourceLine previous, SourceLine next, int wrapWidth)
    {
        var prev = previous.Text.AsSpan().Trim();
        var nextText = next.Text.AsSpan().Trim();
        var endsSentence = EndsSentence(prev);
        if (wrapWidth > 0)
        {
            return !endsSentence || prev.Length >= 0.6 * wrapWidth;
        }
        return !endsSentence && nextText.Length > 0 && (char.IsLower(nextText[0]) || prev[^1] == '-');
    }

    /// <summary>Prefixes written with a hyphen in English compounds; after any other syllable a line-end hyphen is a word break.</summary>
    private static readonly HashSet<string> HyphenatedPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "non", "co", "ex", "self", "anti", "post", "pre", "semi", "multi", "well", "all", "half", "cross",
        "counter", "mid", "pan", "neo", "quasi", "ultra", "vice", "long", "short", "far", "full", "high", "low",
        "so", "one", "two", "three", "four", "five",
    };

    /// <summary>
    /// Joins a word split by a hyphen at a line end without a space: keeps the hyphen after a hyphenated
    /// prefix, removes it after any other syllable.
    /// </summary>
    private static bool JoinsHyphenated(CleanTextBuilder builder, SourceLine next)
    {
        var nextText = next.Text.AsSpan().TrimStart();
        if (builder.Length < 2 || builder.Last != '-' || nextText.Length == 0 || !char.IsLower(nextText[0]))
        {
            return false;
        }
        var syllable = builder.WordBeforeLast();
        if (syllable.Length > 0 && !HyphenatedPrefixes.Contains(syllable))
        {
            builder.RemoveLast();
        }
        return true;
    }

    /// <summary>Room for the kept lines and the breaks between them, so the builder never grows.</summary>
    private static int Capacity(IReadOnlyList<SourceLine> lines)
    {
        var capacity = 0;
        foreach (var line in lines)
        {
            capacity += line.IsKept ? line.Text.Length + 2 : 0;
        }
        return capacity;
    }

    private static void AppendCollapsed(CleanTextBuilder builder, SourceLine line)
    {
        var text = line.Text;
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var i = start;
        while (i < end)
        {
            // A run of non-space characters is copied whole; a run of spaces becomes one space.
            var run = i;
            while (run < end && !char.IsWhiteSpace(text[run]))
            {
                run++;
            }
            builder.Append(text.AsSpan(i, run - i), line, i);
            if (run == end)
            {
                break;
            }
            builder.Append(' ', line.OffsetOf(run), line.EndOf(run));
            i = run + 1;
            while (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
    }
}
