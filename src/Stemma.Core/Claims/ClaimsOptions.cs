namespace Stemma.Claims;

/// <summary>
/// Options of the claims stage (stage 9). The defaults were set by reading the seeds and the samples as a
/// whole, not tuned to a labelled corpus: none exists for quote or number drift. Each says what it trades.
/// </summary>
public sealed record ClaimsOptions
{
    public static ClaimsOptions Default { get; } = new();

    /// <summary>
    /// Soft similarity (0..1) at or above which two quotes of different articles are one quote (default 0.5).
    /// Retranslated quotes score 0.5–0.8; two different quotes of one speaker rarely pass 0.3.
    /// </summary>
    public double QuoteMatch { get; init; } = 0.5;

    /// <summary>
    /// A quote also matches when this share of the shorter quote's weight is found in the longer (default 0.8):
    /// an excerpt of a longer quote.
    /// </summary>
    public double QuoteExcerpt { get; init; } = 0.8;

    /// <summary>Quotes of at most this many words are quoted phrases ("necessary"): matched by their words, not by meaning (default 3).</summary>
    public int PhraseWords { get; init; } = 3;

    /// <summary>A changed quote with at most this many changed stretches is "changed words"; more is "paraphrased" (default 3).</summary>
    public int ChangedWordsMaxEdits { get; init; } = 3;

    /// <summary>
    /// A sentence without quotation marks that holds this share of a quote's weight, at this similarity, is the
    /// quote turned into reported speech (default 0.6 and 0.4).
    /// </summary>
    public double ReportedContained { get; init; } = 0.6;

    /// <inheritdoc cref="ReportedContained"/>
    public double ReportedSimilarity { get; init; } = 0.4;

    /// <summary>Figures for one thing disagree when the largest is at least this multiple of the smallest (default 1.2).</summary>
    public double NumberSpread { get; init; } = 1.2;

    /// <summary>
    /// At most this many quotes of a story are lined up (default 1,000; the first in story order are kept and
    /// the cut is reported). Lining up compares quotes pairwise and against every unquoted sentence, so an
    /// article of 6,000 attributed quotes took minutes and gigabytes; real stories hold a few dozen.
    /// </summary>
    public int MaxQuotes { get; init; } = 1_000;

    /// <summary>At most this many figures of a story are grouped (default 5,000; the cut is reported), for the same reason.</summary>
    public int MaxFigures { get; init; } = 5_000;

    public void Validate()
    {
        OptionRules.Check(MaxQuotes >= 1, nameof(MaxQuotes), MaxQuotes, "must be at least 1");
        OptionRules.Check(MaxFigures >= 1, nameof(MaxFigures), MaxFigures, "must be at least 1");
        OptionRules.Check(QuoteMatch is > 0 and <= 1, nameof(QuoteMatch), QuoteMatch, "must be in (0, 1]");
        OptionRules.Check(QuoteExcerpt is > 0 and <= 1, nameof(QuoteExcerpt), QuoteExcerpt, "must be in (0, 1]");
        OptionRules.Check(PhraseWords >= 1, nameof(PhraseWords), PhraseWords, "must be at least 1");
        OptionRules.Check(ChangedWordsMaxEdits >= 1, nameof(ChangedWordsMaxEdits), ChangedWordsMaxEdits, "must be at least 1");
        OptionRules.Check(ReportedContained is > 0 and <= 1, nameof(ReportedContained), ReportedContained, "must be in (0, 1]");
        OptionRules.Check(ReportedSimilarity is > 0 and <= 1, nameof(ReportedSimilarity), ReportedSimilarity, "must be in (0, 1]");
        OptionRules.Check(NumberSpread > 1, nameof(NumberSpread), NumberSpread, "must be above 1");
    }
}
