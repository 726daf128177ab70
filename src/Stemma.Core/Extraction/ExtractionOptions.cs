namespace Stemma.Extraction;

/// <summary>Options for finding an article's main text.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Remove lines that are boilerplate by their shape (bylines, comment forms, bare URLs…). Default true.</summary>
    public bool RemoveBoilerplateByShape { get; init; } = true;

    /// <summary>Remove short lines repeated across several articles of one source. Default true.</summary>
    public bool RemoveRepeatedLines { get; init; } = true;

    /// <summary>
    /// How many articles of one source must share a line for it to count as site furniture (default 3: two
    /// copies of one wire story on the same site must not lose their common sentences).
    /// </summary>
    public int RepeatedLineMinArticles { get; init; } = 3;

    /// <summary>Only lines of at most this many words can be removed for repetition (default 25).</summary>
    public int RepeatedLineMaxWords { get; init; } = 25;

    /// <summary>The cascade's measured numbers; only the cross-validation of <c>eval extraction</c> sets others.</summary>
    internal CascadeWeights Weights { get; init; } = CascadeWeights.Default;

    /// <summary>Throws when an option cannot work, saying what to change.</summary>
    public void Validate()
    {
        if (RepeatedLineMinArticles < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(RepeatedLineMinArticles), RepeatedLineMinArticles,
                "RepeatedLineMinArticles must be at least 2: a line cannot repeat within fewer articles.");
        }
        if (RepeatedLineMaxWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RepeatedLineMaxWords), RepeatedLineMaxWords, "RepeatedLineMaxWords must be at least 1.");
        }
    }
}
