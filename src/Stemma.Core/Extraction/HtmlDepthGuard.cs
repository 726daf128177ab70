namespace Stemma.Extraction;

/// <summary>
/// Bounds the nesting an HTML parser sees. An HTML5 tree builder checks the stack of open elements on every
/// tag, so a page of 200,000 nested <c>&lt;div&gt;</c> costs time quadratic in depth (100,000 levels took a
/// minute) and deep recursion after it. Tags nested deeper than <see cref="MaxDepth"/> are blanked out
/// (replaced by spaces of the same length): their text is kept, at the depth of the deepest level allowed,
/// and every offset into the page stays as it was. One linear scan; pages within the cap are returned as they are.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>The deepest nesting kept (real pages stay well under 100).</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements whose end tag may be left out (the parser closes them itself).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The page with tags beyond <see cref="MaxDepth"/> blanked; <paramref name="flattened"/> counts them.</summary>
    public static string Flatten(string html, out int flattened)
    {
        flattened = 0;
        char[]? copy = null;
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var end = TagEnd(html, i);
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = Math.Max(end, i + 1); // "<!doctype>", "<?xml>", a lone "<"
                continue;
            }
            var name = html[nameStart..nameEnd];
            var selfClosing = html[end - 1] == '>' && end - 2 > i && html[end - 2] == '/';
            if (!closing && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (!NotNesting.Contains(name) && !selfClosing)
            {
                var blank = closing ? depth > MaxDepth : depth + 1 > MaxDepth;
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (blank)
                {
                    copy ??= html.ToCharArray();
                    for (var k = i; k < end; k++)
                    {
                        if (copy[k] is not ('\n' or '\r'))
                        {
                            copy[k] = ' ';
                        }
                    }
                    flattened++;
                }
            }
            i = end;
        }
        return copy is null ? html : new string(copy);
    }

    /// <summary>The index after the tag's closing '&gt;' (quoted attribute values may hold one).</summary>
    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var k = start + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && PreviousIsEquals(html, start, k))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k + 1;
            }
        }
        return html.Length;
    }

    /// <summary>A quote opens an attribute value only after '=' ("it's" in an unquoted value is an apostrophe).</summary>
    private static bool PreviousIsEquals(string html, int start, int k)
    {
        for (var j = k - 1; j > start; j--)
        {
            if (!char.IsWhiteSpace(html[j]))
            {
                return html[j] == '=';
            }
        }
        return false;
    }
}
