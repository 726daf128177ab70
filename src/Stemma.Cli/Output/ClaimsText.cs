using System.Text;
using Stemma.Alignment;
using Stemma.Claims;

namespace Stemma.Cli.Output;

/// <summary>
/// The terminal view of a story's claims, in the order a fact-checker reads them: quotes that changed
/// between versions (changed words marked as git's word diff does, <c>[-removed-]</c> <c>{+added+}</c>),
/// then figures that disagree, then names spelled several ways; what agrees is summed up after each.
/// </summary>
internal static class ClaimsText
{
    private const int QuoteWidth = 110;
    private const int MaxLoneFigures = 12;

    public static void Write(TextWriter writer, StoryClaims claims, int articles)
    {
        writer.WriteLine();
        writer.WriteLine("Claims");
        if (articles < 2)
        {
            writer.WriteLine("  one article: nothing to compare its claims with (--json lists its figures)");
            return;
        }
        WriteQuotes(writer, claims.Quotes);
        WriteNumbers(writer, claims.Numbers);
        WriteNames(writer, claims.Names);
    }

    private static void WriteQuotes(TextWriter writer, IReadOnlyList<QuoteGroup> quotes)
    {
        var changed = quotes.Where(q => q.Changed).ToList();
        var unchanged = quotes.Where(q => !q.Changed).ToList();
        writer.WriteLine($"  quotes in several articles: {quotes.Count} ({changed.Count} changed)");
        foreach (var quote in changed)
        {
            writer.WriteLine($"    {quote.Speaker ?? "(speaker not named)"}: “{Shorten(quote.Versions[0].Mention.Text)}”");
            var showContext = quote.Versions.Any(v => v.Change == QuoteChange.NewContext);
            foreach (var version in quote.Versions)
            {
                writer.WriteLine($"      {version.Mention.Article.Name}  {Describe(version, showContext)}");
            }
        }
        if (unchanged.Count > 0)
        {
            writer.WriteLine("    the same words in each article:");
            foreach (var quote in unchanged)
            {
                var articles = string.Join(", ", quote.Versions.Select(v => v.Mention.Article.Name));
                writer.WriteLine($"      “{Shorten(quote.Versions[0].Mention.Text, 70)}” ({quote.Speaker ?? "speaker not named"}): {articles}");
            }
        }
    }

    private static string Describe(QuoteVersion version, bool showContext)
    {
        var mention = version.Mention;
        var speaker = version.ComparedWith is { } earlier && mention.Speaker is { } said && !said.Equals(earlier.Speaker, StringComparison.OrdinalIgnoreCase) ? $" [{said}]" : "";
        return version.Change switch
        {
            QuoteChange.Original => $"first version{speaker}" + (showContext && mention.After is { } after ? $": “{mention.Text}” {after}" : ""),
            QuoteChange.Identical => $"same words{speaker}",
            QuoteChange.ChangedWords => $"changed words{speaker}: {RenderDiff(version.Diff)}",
            QuoteChange.NewContext => $"same words, new context{speaker}: “{mention.Text}” {mention.After}",
            QuoteChange.Paraphrased => $"paraphrased{speaker}: “{Shorten(mention.Text)}”",
            _ => $"reported speech{speaker}: {Shorten(mention.Text)}",
        };
    }

    /// <summary>The changed words with four words of context on each side, the rest elided.</summary>
    private static string RenderDiff(IReadOnlyList<DiffWord> diff)
    {
        const int context = 4;
        var keep = new bool[diff.Count];
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Op != DiffOp.Same)
            {
                for (var k = Math.Max(0, i - context); k <= Math.Min(diff.Count - 1, i + context); k++)
                {
                    keep[k] = true;
                }
            }
        }
        var text = new StringBuilder();
        for (var i = 0; i < diff.Count; i++)
        {
            if (!keep[i])
            {
                if (i == 0 || keep[i - 1])
                {
                    text.Append("… ");
                }
                continue;
            }
            text.Append(diff[i].Op switch
            {
                DiffOp.Removed => $"[-{diff[i].Text}-]",
                DiffOp.Added => $"{{+{diff[i].Text}+}}",
                _ => diff[i].Text,
            }).Append(' ');
        }
        return text.ToString().TrimEnd();
    }

    private static void WriteNumbers(TextWriter writer, IReadOnlyList<NumberGroup> numbers)
    {
        var disagree = numbers.Where(g => g.Disagree).ToList();
        var agree = numbers.Where(g => !g.Disagree && !g.Lone).ToList();
        var lone = numbers.Where(g => !g.Disagree && g.Lone).ToList();
        writer.WriteLine($"  figures: {disagree.Count} disagree, {agree.Count} agree, {lone.Count} given by one article only");
        foreach (var group in disagree)
        {
            writer.WriteLine($"    {Measure(group)}: {group.Notes[0]}");
            foreach (var claim in group.Claims)
            {
                writer.WriteLine($"      {claim.Article.Name}  {Figure(claim)}");
            }
            foreach (var note in group.Notes.Skip(1))
            {
                writer.WriteLine($"      ! {note}");
            }
        }
        foreach (var group in agree)
        {
            var articles = string.Join(", ", group.Claims.Select(c => c.Article.Name).Distinct());
            var values = string.Join(" / ", group.Claims.Select(c => c.Value).Distinct().Select(NumberClaim.Format));
            writer.WriteLine($"    {Measure(group)}: {values} in {articles}");
            foreach (var note in group.Notes)
            {
                writer.WriteLine($"      ! {note}");
            }
        }
        foreach (var group in lone.Take(MaxLoneFigures))
        {
            var claim = group.Claims[0];
            writer.WriteLine($"    {Measure(group)}: only {claim.Article.Name}: {Figure(claim)}");
        }
        if (lone.Count > MaxLoneFigures)
        {
            writer.WriteLine($"    … and {lone.Count - MaxLoneFigures} more figures given by one article only (--json lists them)");
        }
    }

    private static string Measure(NumberGroup group) => group.Era is { } era ? $"{group.Measure} ({era})" : group.Measure;

    private static string Figure(NumberClaim claim)
    {
        var text = new StringBuilder();
        if (claim.Comparator is { } comparator)
        {
            text.Append(comparator).Append(' ');
        }
        text.Append(claim.Text);
        foreach (var qualifier in claim.Qualifiers)
        {
            text.Append(' ').Append(qualifier);
        }
        if (claim.Counted is { } counted && !claim.Text.EndsWith(counted, StringComparison.Ordinal))
        {
            text.Append(' ').Append(counted);
        }
        if (claim.Attribution is { } source)
        {
            text.Append(" — ").Append(source);
        }
        return text.ToString();
    }

    private static void WriteNames(TextWriter writer, IReadOnlyList<NameGroup> names)
    {
        writer.WriteLine($"  names spelled several ways: {names.Count}");
        foreach (var group in names)
        {
            writer.WriteLine("    " + string.Join(" / ", group.Spellings.Select(s => $"{s.Spelling} ({string.Join(", ", s.Articles.Select(a => a.Name))})")));
        }
    }

    private static string Shorten(string text, int width = QuoteWidth) => text.Length <= width ? text : text[..(width - 1)].TrimEnd() + "…";
}
