using System.Globalization;
using System.Text;

namespace Stemma.Text;

/// <summary>
/// Normalises a word for matching: NFKC, case folded, diacritics folded (Baïramov → bairamov), typographic
/// apostrophes made plain, and letters without a decomposition spelled out (ß → ss, ø → o, ł → l, æ → ae).
/// </summary>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="word"/>.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (IsPlainAscii(word, out var needsLowering))
        {
            return needsLowering ? LowerAscii(word) : word.ToString();
        }
        var composed = word.ToString().Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            AppendFolded(builder, char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '`' or '\u00B4':
                builder.Append('\'');
                break;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013':
                builder.Append('-');
                break;
            case 'ß':
                builder.Append("ss");
                break;
            case 'æ':
                builder.Append("ae");
                break;
            case 'œ':
                builder.Append("oe");
                break;
            case 'ø':
                builder.Append('o');
                break;
            case 'ł':
                builder.Append('l');
                break;
            case 'đ' or 'ð':
                builder.Append('d');
                break;
            case 'þ':
                builder.Append("th");
                break;
            case 'ı':
                builder.Append('i');
                break;
            default:
                builder.Append(c);
                break;
        }
    }

    private static bool IsPlainAscii(ReadOnlySpan<char> word, out bool needsLowering)
    {
        needsLowering = false;
        foreach (var c in word)
        {
            if (c > 0x7E || c == '`')
            {
                return false;
            }
            needsLowering |= char.IsAsciiLetterUpper(c);
        }
        return true;
    }

    private static string LowerAscii(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.ToLowerInvariant(source[i]);
            }
        });
}
