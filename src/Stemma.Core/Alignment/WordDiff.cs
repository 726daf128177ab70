namespace Stemma.Alignment;

/// <summary>What happened to a word between two versions.</summary>
public enum DiffOp
{
    Same,
    Removed,
    Added,
}

/// <summary>A word of either version: its text and whether it was kept, removed (source only) or added (target only).</summary>
public readonly record struct DiffWord(DiffOp Op, string Text);

/// <summary>
/// Word-level diff of two sentences: the longest common subsequence of their folded words (Hunt and
/// McIlroy's classic formulation, quadratic, fine for sentences), reported in reading order with removed
/// source words before the added target words that replace them.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffWord> Compare(string source, string target)
    {
        var a = Words(source);
        var b = Words(target);
        var keyA = a.Select(w => Text.TextFolding.Fold(Bare(w))).ToArray();
        var keyB = b.Select(w => Text.TextFolding.Fold(Bare(w))).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = keyA[i] == keyB[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var result = new List<DiffWord>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && keyA[x] == keyB[y])
            {
                result.Add(new DiffWord(DiffOp.Same, b[y]));
                x++;
                y++;
            }
            else if (y == b.Length || (x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                result.Add(new DiffWord(DiffOp.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffWord(DiffOp.Added, b[y++]));
            }
        }
        return result;
    }

    /// <summary>A word without the quotation marks and punctuation attached to it.</summary>
    internal static string Bare(string word) => word.Trim('"', '\'', '“', '”', '‘', '’', ',', '.', ';', ':', '(', ')');

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
