using Stemma.Alignment;
using Stemma.Pipeline;
using Stemma.Provenance;

namespace Stemma.Claims;

/// <summary>
/// Stage 9: what the articles of one story claim, and where the copies differ.
/// 1. Quotes: each article's quotations with their speakers (<see cref="QuoteExtractor"/>), lined up
///    across articles and classed (<see cref="QuoteMatcher"/>).
/// 2. Figures: read with what they count, how and on whose word (<see cref="NumberReader"/>), grouped by
///    what they count (<see cref="NumberGrouper"/>).
/// 3. Names: spellings of one name grouped (<see cref="NameVariants"/>).
/// </summary>
public sealed class ClaimsAnalyzer
{
    private readonly ClaimsOptions _options;
    private readonly ParaphraseLexicon _lexicon;

    public ClaimsAnalyzer(ClaimsOptions? options = null, ParaphraseLexicon? lexicon = null)
    {
        _options = options ?? ClaimsOptions.Default;
        _options.Validate();
        _lexicon = lexicon ?? ParaphraseLexicon.BuiltIn;
    }

    /// <summary>The claims of a story's members, given in story order (earliest first).</summary>
    public StoryClaims Analyze(IReadOnlyList<StoryMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            return StoryClaims.Empty;
        }
        var articles = members.Select((m, i) => new ClaimText(i, m)).ToList();
        var failures = new List<ArticleFailure>();

        // 1. Quotes. An article the rules fail on is skipped with a diagnostic; the story's other claims are served.
        var limits = new List<string>();
        var quotes = Capped(articles.SelectMany(a => ArticleGuard.Run(a.Member.Name, "claims (quotes)", () => QuoteExtractor.Extract(a), [], failures)).ToList(), _options.MaxQuotes, "quotes", limits);
        var quoteGroups = ArticleGuard.Run("story", "claims (quote matching)", () => new QuoteMatcher(_options, _lexicon).Match(articles, quotes), [], failures);

        // 2. Figures. Years count as past against the story's latest publication year (any year, without dates).
        var published = members.Where(m => m.Published is not null).Select(m => m.Published!.Value.Year).DefaultIfEmpty(int.MaxValue).Max();
        var numbers = Capped(articles.SelectMany(a => ArticleGuard.Run(a.Member.Name, "claims (figures)", () => NumberReader.Read(a, published), [], failures)).ToList(), _options.MaxFigures, "figures", limits);
        var numberGroups = ArticleGuard.Run("story", "claims (figure grouping)", () => NumberGrouper.Group(numbers, _options), [], failures);

        // 3. Names.
        var names = ArticleGuard.Run("story", "claims (names)", () => NameVariants.Find(articles), [], failures);
        return new StoryClaims(quoteGroups, numberGroups, names) { Failures = failures, Limits = limits };
    }

    /// <summary>The first <paramref name="max"/> items (story order), with a note when some were cut.</summary>
    private static List<T> Capped<T>(List<T> items, int max, string what, List<string> limits)
    {
        if (items.Count <= max)
        {
            return items;
        }
        limits.Add($"{items.Count:N0} {what} found; the first {max:N0} were compared (the claims limit)");
        return items.GetRange(0, max);
    }
}
