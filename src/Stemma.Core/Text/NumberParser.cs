using System.Globalization;

namespace Stemma.Text;

/// <summary>A number read from text, with the unit written against it, if any ("5km": 5, "km").</summary>
public readonly record struct ParsedNumber(double Value, string? Unit = null);

/// <summary>
/// Reads numbers written in figures ("1,250", "30,000", "3.5", "27th", "1990s", "5km", "1.2m") or words
/// ("five", "twenty-five", "a thousand", "two hundred and fifty", "1.2 million").
/// </summary>
public static class NumberParser
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
    };

    private static readonly Dictionary<string, double> SuffixScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1_000, ["m"] = 1_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000, ["b"] = 1_000_000_000,
    };

    /// <summary>Reads one token written in figures, possibly with a unit glued on ("5km") or a scale ("1.2m").</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out ParsedNumber number)
    {
        number = default;
        var i = 0;
        while (i < token.Length && (char.IsAsciiDigit(token[i]) || ((token[i] is ',' or '.') && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1]))))
        {
            i++;
        }
        if (i == 0)
        {
            return TryParseWords([token.ToString()], out number, out _);
        }
        if (!TryParseFigures(token[..i], out var value))
        {
            return false;
        }
        var rest = token[i..].TrimStart('-');
        if (rest.Length == 0 || rest is "st" or "nd" or "rd" or "th" or "s")
        {
            number = new ParsedNumber(value);
            return true;
        }
        var unit = rest.ToString();
        if (SuffixScales.TryGetValue(unit, out var scale))
        {
            number = new ParsedNumber(value * scale);
            return true;
        }
        number = new ParsedNumber(value, unit.ToLowerInvariant());
        return true;
    }

    /// <summary>
    /// Reads a number from the start of a word sequence ("twenty-five", "a thousand", "two hundred and fifty",
    /// "1.2", "million"); <paramref name="consumed"/> says how many words it used.
    /// </summary>
    public static bool TryParseWords(IReadOnlyList<string> words, out ParsedNumber number, out int consumed)
    {
        number = default;
        consumed = 0;
        double total = 0;
        double current = 0;
        var any = false;
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (k == 0 && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                && k + 1 < words.Count && (Scales.ContainsKey(words[k + 1]) || words[k + 1].Equals("dozen", StringComparison.OrdinalIgnoreCase)))
            {
                current = 1;
                consumed = k + 1;
                continue;
            }
            if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && k + 1 < words.Count && IsNumberWord(words[k + 1]))
            {
                continue;
            }
            if (Units.TryGetValue(word, out var unit))
            {
                current = word.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? Math.Max(current, 1) * unit : current + unit;
            }
            else if (word.Contains('-') && TryHyphenated(word, out var hyphenated))
            {
                current += hyphenated;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                if (!any && consumed == 0)
                {
                    break;
                }
                current = Math.Max(current, 1) * scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if (!any && TryParseFigures(word, out var figures))
            {
                current = figures;
            }
            else
            {
                break;
            }
            any = true;
            consumed = k + 1;
        }
        if (!any || !double.IsFinite(total + current))
        {
            // "trillion trillion …" past double's range is not a figure anyone states.
            consumed = 0;
            return false;
        }
        number = new ParsedNumber(total + current);
        return true;
    }

    /// <summary>The multiplier of a scale word ("hundred", "thousand", "million", "billion", "trillion").</summary>
    public static bool TryScale(string word, out double scale) => Scales.TryGetValue(word, out scale);

    /// <summary>Whether a word can be part of a number written in words.</summary>
    public static bool IsNumberWord(string word) =>
        Units.ContainsKey(word) || Scales.ContainsKey(word) || (word.Contains('-') && TryHyphenated(word, out _));

    private static bool TryHyphenated(string word, out double value)
    {
        value = 0;
        var parts = word.Split('-');
        if (parts.Length != 2 || !Units.TryGetValue(parts[0], out var tens) || !Units.TryGetValue(parts[1], out var ones) || tens < 20 || tens % 10 != 0 || ones is < 1 or > 9)
        {
            return false;
        }
        value = tens + ones;
        return true;
    }

    /// <summary>The longest run of digits, commas and points read as one figure (a trillion with commas is 17).</summary>
    public const int MaxFigureLength = 40;

    private static bool TryParseFigures(ReadOnlySpan<char> figures, out double value)
    {
        value = 0;
        if (figures.Length == 0 || !char.IsAsciiDigit(figures[0]) || figures.Length > MaxFigureLength)
        {
            // A run of thousands of digits is not a figure (and would overflow the stack buffer below and double).
            return false;
        }
        // "1,250" and "30,000" use commas for thousands; "1.5" a point for decimals.
        Span<char> plain = stackalloc char[figures.Length];
        var n = 0;
        foreach (var c in figures)
        {
            if (c != ',')
            {
                plain[n++] = c;
            }
        }
        return double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
