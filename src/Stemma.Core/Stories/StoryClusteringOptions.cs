namespace Stemma.Stories;

/// <summary>Settings of online story clustering.</summary>
public sealed record StoryClusteringOptions
{
    public static StoryClusteringOptions Default { get; } = new();

    /// <summary>
    /// The least score for an article to join a story. This, <see cref="SameDayBonus"/> and
    /// <see cref="CentroidWeight"/> were chosen together by a small grid (threshold 0.2–0.35, bonus 0–0.15,
    /// centroid weight 0.5–1) on the whole dev sets of ECB+ and METER, with <c>stemma eval ecb</c> and
    /// <c>stemma eval meter-stories</c>: 0.3 / 0.15 / 0.5 gave B-cubed F1 0.889 on ECB+ events and 0.979 on
    /// METER stories. Lower thresholds merge ECB+'s same-kind events; higher ones split METER's stories.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.3;

    /// <summary>An article published further than this from a story's first and last members cannot join it.</summary>
    public TimeSpan TimeWindow { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Added to the similarity of a story whose members were published within a day of the article.</summary>
    public double SameDayBonus { get; init; } = 0.15;

    /// <summary>The weight of the similarity to the story's mean profile; the rest goes to its closest recent member.</summary>
    public double CentroidWeight { get; init; } = 0.5;

    /// <summary>How many of a story's most recent members are compared one by one.</summary>
    public int MembersCompared { get; init; } = 16;

    /// <summary>How many of the article's heaviest terms look up candidate stories.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>How many of the most recent stories of each query term's posting list are looked at.</summary>
    public int PostingsScanned { get; init; } = 400;

    /// <summary>How many candidate stories (those sharing most query terms) are scored in full.</summary>
    public int Candidates { get; init; } = 40;

    /// <summary>
    /// How far out of order input may come: a story whose last member is further than <see cref="TimeWindow"/>
    /// plus this behind the newest article seen is forgotten (an article that late opens a new story).
    /// </summary>
    public TimeSpan Lateness { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A story that none of the last this many articles joined is forgotten: the pruning of undated input,
    /// and what keeps memory bounded whatever the archive's size.
    /// </summary>
    public int IngestHorizon { get; init; } = 50_000;

    public void Validate()
    {
        if (JoinThreshold is <= 0 or >= 1)
        {
            throw new ArgumentException($"JoinThreshold must be between 0 and 1 (exclusive), not {JoinThreshold}.");
        }
        if (TimeWindow < TimeSpan.Zero || Lateness < TimeSpan.Zero)
        {
            throw new ArgumentException($"TimeWindow and Lateness must not be negative, not {TimeWindow} and {Lateness}.");
        }
        if (IngestHorizon < 1)
        {
            throw new ArgumentException($"IngestHorizon must be at least 1, not {IngestHorizon}.");
        }
        if (QueryTerms < 1 || PostingsScanned < 1 || Candidates < 1 || MembersCompared < 1)
        {
            throw new ArgumentException("QueryTerms, PostingsScanned, Candidates and MembersCompared must each be at least 1.");
        }
        if (CentroidWeight is < 0 or > 1 || SameDayBonus < 0)
        {
            throw new ArgumentException($"CentroidWeight must be between 0 and 1 and SameDayBonus not negative (got {CentroidWeight} and {SameDayBonus}).");
        }
    }
}
