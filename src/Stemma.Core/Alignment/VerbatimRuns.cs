using Stemma.Sketching;

namespace Stemma.Alignment;

/// <summary>A run of identical words on both sides: word indexes into each article's word stream.</summary>
internal readonly record struct VerbatimRun(int TargetWord, int SourceWord, int Words);

/// <summary>
/// Verbatim runs by seed-and-extend, as the strongest PAN text-alignment systems do: every source word
/// n-gram is hashed into an index; each target n-gram found there seeds a run that is extended word by
/// word while both sides agree. Runs shorter than the minimum, or with fewer than two content words, are
/// dropped; the longest run wins where runs overlap on the target side.
/// </summary>
internal static class VerbatimRuns
{
    private const int SeedWords = 3;

    public static List<VerbatimRun> Find(ArticleProfile target, ArticleProfile source, int minWords)
    {
        var runs = new List<VerbatimRun>();
        var t = target.Words;
        var s = source.Words;
        if (t.Length < SeedWords || s.Length < SeedWords)
        {
            return runs;
        }
        var index = new Dictionary<ulong, List<int>>();
        for (var j = 0; j + SeedWords <= s.Length; j++)
        {
            var key = Gram(s, j);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }
            list.Add(j);
        }
        var i = 0;
        var stepped = false; // whether position i - 1 was examined (a step of one, not a jump past a run)
        while (i + SeedWords <= t.Length)
        {
            var best = default(VerbatimRun);
            if (index.TryGetValue(Gram(t, i), out var starts))
            {
                foreach (var j in starts)
                {
                    if (stepped && j > 0 && t[i - 1].Hash == s[j - 1].Hash)
                    {
                        // The same diagonal was extended from (i - 1, j - 1) one step ago, and this is its
                        // shorter tail: extending it again from every position made repeated stop words
                        // quadratic per seed (8,000 of them took over a minute).
                        continue;
                    }
                    var length = 0;
                    while (i + length < t.Length && j + length < s.Length && t[i + length].Hash == s[j + length].Hash)
                    {
                        length++;
                    }
                    if (length > best.Words)
                    {
                        best = new VerbatimRun(i, j, length);
                    }
                }
            }
            if (best.Words >= minWords && ContentWords(t, i, best.Words) >= 2)
            {
                runs.Add(best);
                i += best.Words;
                stepped = false;
            }
            else
            {
                i++;
                stepped = true;
            }
        }
        return runs;
    }

    /// <summary>Share of the target's word n-grams (stop words included) that occur in any source.</summary>
    public static double Containment(ArticleProfile target, IReadOnlyList<ArticleProfile> sources, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (target.Words.Length < n)
        {
            return 0;
        }
        var grams = new HashSet<ulong>();
        foreach (var source in sources)
        {
            for (var j = 0; j + n <= source.Words.Length; j++)
            {
                grams.Add(Gram(source.Words, j, n));
            }
        }
        var found = 0;
        var total = target.Words.Length - n + 1;
        for (var i = 0; i < total; i++)
        {
            if (grams.Contains(Gram(target.Words, i, n)))
            {
                found++;
            }
        }
        return (double)found / total;
    }

    private static ulong Gram(ProfileWord[] words, int at, int n = SeedWords)
    {
        var hash = words[at].Hash;
        for (var k = 1; k < n; k++)
        {
            hash = StableHash.Combine(hash, words[at + k].Hash);
        }
        return hash;
    }

    private static int ContentWords(ProfileWord[] words, int from, int count)
    {
        var content = 0;
        for (var k = from; k < from + count; k++)
        {
            if (words[k].IsContent)
            {
                content++;
            }
        }
        return content;
    }
}
