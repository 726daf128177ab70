using System.Globalization;
using Stemma.Alignment;

namespace Stemma.Claims;

/// <summary>The article a claim was read in.</summary>
public sealed record ClaimArticle(long Id, string Name, string? Source);

/// <summary>Where a claim is written: its span in the clean text, and in the original file in Unicode scalar values (as in DESIGN.md's contract).</summary>
public sealed record ClaimSpan(int Start, int Length, int OriginalStart, int OriginalLength);

/// <summary>How a version of a quote differs from the version it is compared with.</summary>
public enum QuoteChange
{
    /// <summary>The first version in the story: the others are compared with it or with each other.</summary>
    Original,

    /// <summary>The same words (or an excerpt of them).</summary>
    Identical,

    /// <summary>A few words changed inside the quotation marks; the word diff shows which.</summary>
    ChangedWords,

    /// <summary>A quoted phrase kept word for word around which the sentence now says something else ("concrete formats" of assistance → of an audience).</summary>
    NewContext,

    /// <summary>The same statement in other words: a retranslation or a rewrite.</summary>
    Paraphrased,

    /// <summary>The statement without quotation marks ("X said that …").</summary>
    ReportedSpeech,
}

/// <summary>A quotation in one article.</summary>
/// <param name="Article">The article it is in.</param>
/// <param name="Text">The quoted words; parts broken by an attribution are joined with " … ".</param>
/// <param name="Speaker">Who the article says spoke, as written; null when it does not say.</param>
/// <param name="Span">From its first to its last quoted character.</param>
/// <param name="Sentence">The sentence it stands in.</param>
/// <param name="After">For a quoted phrase, the words that follow it (what the phrase is about).</param>
public sealed record QuoteMention(ClaimArticle Article, string Text, string? Speaker, ClaimSpan Span, string Sentence, string? After);

/// <summary>One version of a quote: how it changed from the version it is compared with.</summary>
/// <param name="Mention">This version.</param>
/// <param name="Change">How it differs from <paramref name="ComparedWith"/>.</param>
/// <param name="ComparedWith">The earlier version it is closest to (null for the original).</param>
/// <param name="Diff">For changed words: the word diff from <paramref name="ComparedWith"/> to this version.</param>
public sealed record QuoteVersion(QuoteMention Mention, QuoteChange Change, QuoteMention? ComparedWith, IReadOnlyList<DiffWord> Diff);

/// <summary>A quote found in several articles of a story, each version in story order (earliest first).</summary>
public sealed record QuoteGroup(string? Speaker, IReadOnlyList<QuoteVersion> Versions)
{
    /// <summary>Whether any version differs from the one it is compared with.</summary>
    public bool Changed => Versions.Any(v => v.Change is not (QuoteChange.Original or QuoteChange.Identical));
}

/// <summary>A figure in one article, with what it counts and how it is said.</summary>
/// <param name="Article">The article it is in.</param>
/// <param name="Value">Its value (1,250 → 1250; "a thousand" → 1000).</param>
/// <param name="Text">The figure as written ("1,250", "a thousand").</param>
/// <param name="Comparator">The words that bound it ("more than", "about", "approaching"), if any.</param>
/// <param name="Counted">What it counts as written ("people", "civilians", "dead", "km"), if said.</param>
/// <param name="Qualifiers">Words between the figure and what it counts ("innocent").</param>
/// <param name="Attribution">Who gives the figure ("partial reports", "Russian estimates", "the emergencies ministry"), if said.</param>
/// <param name="Span">The figure's place in the article.</param>
/// <param name="Sentence">The sentence it stands in.</param>
public sealed record NumberClaim(
    ClaimArticle Article, double Value, string Text, string? Comparator, string? Counted, IReadOnlyList<string> Qualifiers,
    string? Attribution, ClaimSpan Span, string Sentence)
{
    /// <summary>A figure as a reader writes it: 1,250; 6.8; 900,000,000.</summary>
    public static string Format(double value) =>
        value == Math.Floor(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.###", CultureInfo.InvariantCulture);
}

/// <summary>The figures several articles (or one) give for one thing.</summary>
/// <param name="Measure">What is counted: "deaths", "injured", "missing", "displaced", or a unit or noun ("km", "aftershocks").</param>
/// <param name="Era">A past period the figures belong to ("1990s", "1987"), or null for the story's own events.</param>
/// <param name="Claims">The figures, in story order.</param>
/// <param name="Disagree">The figures differ by more than the spread allowed (<see cref="ClaimsOptions.NumberSpread"/>).</param>
/// <param name="Notes">What a reader should check: the spread, and what only one article says ("only 004 calls them civilians").</param>
public sealed record NumberGroup(string Measure, string? Era, IReadOnlyList<NumberClaim> Claims, bool Disagree, IReadOnlyList<string> Notes)
{
    /// <summary>Only one article gives this figure.</summary>
    public bool Lone => Claims.Select(c => c.Article.Id).Distinct().Count() == 1;
}

/// <summary>One spelling of a name and the articles that use it.</summary>
public sealed record NameSpelling(string Spelling, IReadOnlyList<ClaimArticle> Articles);

/// <summary>Spellings of one person or place (transliterations, diacritics, typos), the most used first.</summary>
public sealed record NameGroup(IReadOnlyList<NameSpelling> Spellings);

/// <summary>
/// What the articles of a story claim and where they differ (stage 9): quotes with their versions, figures
/// grouped by what they count, names with their spellings.
/// </summary>
public sealed record StoryClaims(IReadOnlyList<QuoteGroup> Quotes, IReadOnlyList<NumberGroup> Numbers, IReadOnlyList<NameGroup> Names)
{
    public static StoryClaims Empty { get; } = new([], [], []);

    /// <summary>Articles whose claims could not be read (an unexpected failure), each skipped with its reason; the rest are served.</summary>
    public IReadOnlyList<Pipeline.ArticleFailure> Failures { get; init; } = [];

    /// <summary>Limits that cut this story's claims short (<see cref="ClaimsOptions.MaxQuotes"/>, <see cref="ClaimsOptions.MaxFigures"/>), one sentence each.</summary>
    public IReadOnlyList<string> Limits { get; init; } = [];
}
