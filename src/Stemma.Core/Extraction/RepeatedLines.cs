namespace Stemma.Extraction;

/// <summary>
/// Marks short lines that recur across several articles of the same source (site footers, sign-offs,
/// "Follow us" lines that no shape rule knows). Articles with no known source are left alone.
/// </summary>
internal static class RepeatedLines
{
    public static void Mark(IReadOnlyList<(string? Source, List<SourceLine> Lines)> articles, ExtractionOptions options)
    {
        foreach (var group in articles.Where(a => a.Source is not null).GroupBy(a => a.Source, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToList();
            if (members.Count < options.RepeatedLineMinArticles)
            {
                continue;
            }
            var articleCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, lines) in members)
            {
                // Lines with the same key have the same words, so a line too long to be marked is not counted either (its key would cost a copy of the line).
                foreach (var key in lines.Where(l => l.IsKept && WordCount(l.Text) <= options.RepeatedLineMaxWords).Select(Key).Where(k => k is not null).Distinct())
                {
                    articleCounts[key!] = articleCounts.GetValueOrDefault(key!) + 1;
                }
            }
            foreach (var (_, lines) in members)
            {
                foreach (var line in lines.Where(l => l.IsKept))
                {
                    if (WordCount(line.Text) <= options.RepeatedLineMaxWords && Key(line) is { } key && articleCounts[key] >= options.RepeatedLineMinArticles)
                    {
                        line.RemovalReason = $"repeated in {articleCounts[key]} articles of this source";
                    }
                }
            }
        }
    }

    private static string? Key(SourceLine line)
    {
        var key = string.Join(' ', line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return key.Length == 0 ? null : key;
    }

    /// <summary>Whitespace-separated words, as <c>Split(null, RemoveEmptyEntries)</c> counts them, without splitting.</summary>
    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
