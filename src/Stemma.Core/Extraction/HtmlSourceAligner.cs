namespace Stemma.Extraction;

/// <summary>
/// Finds where each character of a decoded HTML text node sits in the HTML source. The parser keeps the
/// positions of elements only, so text is aligned forward from a cursor: markup is skipped, an entity
/// (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) maps to its own position, and after a mismatch the aligner
/// searches ahead for the rest of the text. Unalignable characters map to the cursor (approximate, never lost).
/// </summary>
internal sealed class HtmlSourceAligner(string html)
{
    private const int ResyncWindow = 4000;
    private int _cursor;

    /// <summary>Moves the cursor forward to a known position (an element's start tag); never backward.</summary>
    public void MoveTo(int position)
    {
        if (position > _cursor && position <= html.Length)
        {
            _cursor = position;
        }
    }

    /// <summary>
    /// Writes into <paramref name="offsets"/> the source index of each character of <paramref name="text"/>,
    /// and into <paramref name="ends"/> the index just past it (past the whole entity for a decoded one).
    /// </summary>
    public void Align(string text, Span<int> offsets, Span<int> ends)
    {
        for (var k = 0; k < ends.Length; k++)
        {
            ends[k] = -1;
        }
        var i = 0;
        var j = _cursor;
        while (i < text.Length)
        {
            if (j >= html.Length)
            {
                offsets[i++] = Math.Max(0, html.Length - 1);
                continue;
            }
            var c = html[j];
            if (c == text[i] && !(c == '<' && StartsMarkup(j)) && c != '&')
            {
                offsets[i++] = j++;
                continue;
            }
            if (c == '<' && StartsMarkup(j))
            {
                j = SkipMarkup(j);
                continue;
            }
            if (c == '&' && TryEntity(j, out var entityEnd, out var decodedLength))
            {
                for (var k = 0; k < decodedLength && i < text.Length; k++)
                {
                    ends[i] = entityEnd;
                    offsets[i++] = j;
                }
                j = entityEnd;
                continue;
            }
            if (c == '&' && text[i] == '&')
            {
                offsets[i++] = j++;
                continue;
            }
            if (c == '\r')
            {
                j++;
                continue;
            }
            var found = Resync(text, i, j);
            if (found > j)
            {
                j = found;
                continue;
            }
            offsets[i++] = j;
        }
        _cursor = j;
        for (var k = 0; k < ends.Length; k++)
        {
            if (ends[k] < 0)
            {
                ends[k] = offsets[k] + 1;
            }
        }
    }

    private bool StartsMarkup(int j) =>
        j + 1 < html.Length && (char.IsAsciiLetter(html[j + 1]) || html[j + 1] is '/' or '!' or '?');

    private int SkipMarkup(int j)
    {
        if (html.AsSpan(j).StartsWith("<!--"))
        {
            var end = html.IndexOf("-->", j + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var close = html.IndexOf('>', j + 1);
        return close < 0 ? html.Length : close + 1;
    }

    private bool TryEntity(int j, out int end, out int decodedLength)
    {
        end = j;
        decodedLength = 1;
        var limit = Math.Min(html.Length, j + 12);
        var k = j + 1;
        if (k < limit && html[k] == '#')
        {
            k++;
            var hex = k < limit && html[k] is 'x' or 'X';
            if (hex)
            {
                k++;
            }
            var digitsStart = k;
            while (k < limit && (hex ? char.IsAsciiHexDigit(html[k]) : char.IsAsciiDigit(html[k])))
            {
                k++;
            }
            if (k == digitsStart)
            {
                return false;
            }
            var number = html.AsSpan(digitsStart, k - digitsStart);
            if (int.TryParse(number, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code) && code > 0xFFFF)
            {
                decodedLength = 2;
            }
        }
        else
        {
            var nameStart = k;
            while (k < limit && char.IsAsciiLetterOrDigit(html[k]))
            {
                k++;
            }
            if (k == nameStart)
            {
                return false;
            }
        }
        if (k < html.Length && html[k] == ';')
        {
            k++;
        }
        end = k;
        return true;
    }

    /// <summary>Where the next few characters of the text occur ahead in the source, or -1.</summary>
    private int Resync(string text, int i, int j)
    {
        var probeLength = Math.Min(12, text.Length - i);
        var probe = text.AsSpan(i, probeLength).Trim();
        if (probe.Length < 3)
        {
            return -1;
        }
        var window = html.AsSpan(j, Math.Min(ResyncWindow, html.Length - j));
        var at = window.IndexOf(probe, StringComparison.Ordinal);
        return at < 0 ? -1 : j + at;
    }
}
