using System.Text;

namespace Stemma.Alignment;

/// <summary>
/// Tells whether two name spellings are one name: Pashinyan ≈ Pashinian ≈ Pachinian, Gyumri ≈ Gumri,
/// Shusha ≈ Choucha, Aliyev ≈ Aliev. Both names are first reduced to a transliteration key (digraphs of
/// English, French and German romanisations mapped to one letter, y as i, doubled letters collapsed),
/// then compared with Jaro-Winkler similarity (Winkler 1990).
/// </summary>
public static class NameMatcher
{
    /// <summary>Jaro-Winkler similarity of the keys at or above which two names match (default 0.88).</summary>
    public const double Threshold = 0.88;

    public static bool AreSameName(string a, string b) => Similarity(a, b) >= Threshold;

    /// <summary>Jaro-Winkler similarity of the two names' transliteration keys, 0..1.</summary>
    public static double Similarity(string a, string b)
    {
        var keyA = Key(a);
        var keyB = Key(b);
        if (keyA.Length < 3 || keyB.Length < 3)
        {
            return keyA == keyB ? 1 : 0;
        }
        return JaroWinkler(keyA, keyB);
    }

    /// <summary>The transliteration key of a folded (lower-case, diacritics removed) name.</summary>
    public static string Key(string folded)
    {
        var s = folded.ToLowerInvariant();
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var rest = s.AsSpan(i);
            char mapped;
            var skip = 0;
            if (rest.StartsWith("sch") || rest.StartsWith("tch")) { mapped = 's'; skip = 2; }
            else if (rest.Length > 2 && rest.StartsWith("ch") && !IsVowel(rest[2])) { mapped = 'h'; skip = 1; } // German Chrustawez = Khrustavets
            else if (rest.StartsWith("sh") || rest.StartsWith("ch")) { mapped = 's'; skip = 1; }
            else if (rest.StartsWith("kh") || rest.StartsWith("gh")) { mapped = 'h'; skip = 1; }
            else if (rest.StartsWith("zh") || rest.StartsWith("dj") || rest.StartsWith("dzh")) { mapped = 'j'; skip = rest.StartsWith("dzh") ? 2 : 1; }
            else if (rest.StartsWith("ts") || rest.StartsWith("tz")) { mapped = 'z'; skip = 1; }
            else if (rest.StartsWith("ph")) { mapped = 'f'; skip = 1; }
            else if (rest.StartsWith("ou")) { mapped = 'u'; skip = 1; }
            else
            {
                mapped = s[i] switch
                {
                    'y' => 'i',
                    'w' => 'v',
                    'c' => 'k',
                    'q' => 'k',
                    _ => s[i],
                };
            }
            if (char.IsLetter(mapped) && (builder.Length == 0 || builder[^1] != mapped))
            {
                builder.Append(mapped);
            }
            i += skip;
        }
        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Jaro-Winkler similarity with the usual prefix scale 0.1 over at most 4 characters.</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> matchedA = stackalloc bool[a.Length];
        Span<bool> matchedB = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }
            while (!matchedB[j])
            {
                j++;
            }
            if (a[i] != b[j])
            {
                transpositions++;
            }
            j++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
