namespace Stemma.Text;

/// <summary>Finds which characters of a text lie inside quotation marks (straight, curly, or TeX-style `` '').</summary>
public static class QuoteMarks
{
    /// <summary>True for each character outside any quotation; a quote left open ends at the paragraph break.</summary>
    public static bool[] OutsideQuotes(string text)
    {
        var outside = new bool[text.Length];
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c == '“' || (c == '`' && i + 1 < text.Length && text[i + 1] == '`');
            var closes = c == '”' || (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'');
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                inQuote = false;
            }
            if (c == '"')
            {
                inQuote = !inQuote;
                continue;
            }
            if (opens)
            {
                inQuote = true;
            }
            else if (closes && inQuote)
            {
                inQuote = false;
                continue;
            }
            outside[i] = !inQuote && !opens;
        }
        return outside;
    }
}
