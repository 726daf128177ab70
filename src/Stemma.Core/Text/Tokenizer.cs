namespace Stemma.Text;

/// <summary>
/// Splits clean text into words, numbers and punctuation. Words keep inner apostrophes and hyphens
/// ("Armenia's", "de-escalate", "Nagorno-Karabakh"); numbers keep thousands separators and decimals
/// ("1,250", "3.5"), and an ordinal or decade suffix ("27th", "1990s"); a unit glued to a number is its own
/// word ("5km" → "5", "km").
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int? end = null)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end ?? text.Length, tokens);
        return tokens;
    }

    /// <summary>The same tokens added to <paramref name="tokens"/> (a list a caller reuses from sentence to sentence).</summary>
    public static void Tokenize(string text, int start, int limit, List<Token> tokens)
    {
        var i = start;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int next;
            if (char.IsDigit(c))
            {
                next = ScanNumber(text, i, limit);
                tokens.Add(new Token(i, next - i, TokenKind.Number));
            }
            else if (IsWordChar(c))
            {
                next = ScanWord(text, i, limit);
                tokens.Add(new Token(i, next - i, TokenKind.Word));
            }
            else
            {
                next = i + (char.IsHighSurrogate(c) && i + 1 < limit ? 2 : 1);
                tokens.Add(new Token(i, next - i, TokenKind.Punctuation));
            }
            i = next;
        }
    }

    // ASCII first: most news text is, and no ASCII character is a combining mark.
    private static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetter(c)
        : char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐' or '‑';

    private static int ScanWord(string text, int i, int limit)
    {
        while (i < limit)
        {
            var c = text[i];
            if (IsWordChar(c) || char.IsDigit(c))
            {
                i++;
            }
            else if (IsJoiner(c) && i + 1 < limit && (IsWordChar(text[i + 1]) || char.IsDigit(text[i + 1])))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ScanNumber(string text, int i, int limit)
    {
        var start = i;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c is ',' or '.') && i + 1 < limit && char.IsDigit(text[i + 1]) && i > start)
            {
                // "1,250" and "3.5" but not a full stop or comma followed by a space.
                i++;
            }
            else
            {
                break;
            }
        }
        // Ordinals and decades stay with their number: 27th, 1st, 1990s.
        foreach (var suffix in OrdinalSuffixes)
        {
            if (i + suffix.Length <= limit && text.AsSpan(i, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase)
                && (i + suffix.Length == limit || !char.IsLetter(text[i + suffix.Length])))
            {
                return i + suffix.Length;
            }
        }
        // "30-year-old", "COVID-19"-like compounds starting with a number stay whole.
        if (i + 1 < limit && IsJoiner(text[i]) && text[i] != '\'' && char.IsLetter(text[i + 1]))
        {
            return ScanWord(text, i, limit);
        }
        return i;
    }

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th", "s"];
}
