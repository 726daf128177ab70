using System.Globalization;
using System.Text;

namespace Stemma.Text;

/// <summary>
/// Normalises a word for matching: compatibility forms (ligatures, fullwidth letters) expanded, case
/// folded, diacritics folded (Baïramov → bairamov), typographic apostrophes and hyphens made plain, and
/// letters without a decomposition spelled out (ß → ss, ø → o, ł → l, æ → ae). Letters of other scripts
/// are lower-cased and kept.
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
        var builder = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (FoldingTable.Entries.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="word"/> is its own folded form by the quick test (plain ASCII, no capitals).</summary>
    internal static bool IsFolded(ReadOnlySpan<char> word) => IsPlainAscii(word, out var needsLowering) && !needsLowering;

    private static bool IsPlainAscii(ReadOnlySpan<char> word, out bool needsLowering)
    {
        needsLowering = false;
        foreach (var c in word)
        {
            if (c > 0x7E)
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
