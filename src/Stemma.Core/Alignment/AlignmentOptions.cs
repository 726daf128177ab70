using Stemma.Sketching;

namespace Stemma.Alignment;

/// <summary>
/// Options of the aligner (stage 5). Defaults were tuned on the dev corpora (METER dev, PAN 2013
/// training, the seeds) as a whole; see each property for what it trades.
/// </summary>
public sealed record AlignmentOptions
{
    public static AlignmentOptions Default { get; } = new();

    /// <summary>Sentence similarity (0..1) at or above which a sentence pair seeds a passage (default 0.35).</summary>
    public double SeedThreshold { get; init; } = 0.35;

    /// <summary>Two seeds join one passage when at most this many sentences lie between them on each side (default 3).</summary>
    public int MaxGap { get; init; } = 3;

    /// <summary>A passage of several sentences must keep at least this similarity as a whole (default 0.35).</summary>
    public double PassageThreshold { get; init; } = 0.35;

    /// <summary>Passages shorter than this many characters on the target side are dropped (default 0: keep single sentences).</summary>
    public int MinPassageChars { get; init; }

    /// <summary>
    /// A lone sentence pair (a passage of one seed, without a verbatim run) must be this much more similar
    /// than <see cref="SeedThreshold"/> for each tenfold of sentence pairs the comparison looked at
    /// (target sentences × source sentences): between long documents some pair is always similar by
    /// chance, between two sentences it is not (default 0.1).
    /// </summary>
    public double LoneSentenceRise { get; init; } = 0.15;

    /// <summary>Verbatim runs must have at least this many words (default 6), two of them content words.</summary>
    public int MinVerbatimWords { get; init; } = 6;

    /// <summary>A passage whose target side is at least this share verbatim is reported as <c>verbatim</c> (default 0.8).</summary>
    public double VerbatimPassageShare { get; init; } = 0.8;

    /// <summary>
    /// Two passages from one source join when both their target sides and their source sides lie at most
    /// this many characters apart (default 200, about a sentence): one reused stretch is one passage, not
    /// a passage and the verbatim run or lone pair beside it. PAN 2013 training, compare's defaults:
    /// granularity 1.061 -> 1.01, the 150-character task setting 1.030 -> 1.001.
    /// </summary>
    public int MergeGapChars { get; init; } = 200;

    /// <summary>Word pairs that count as the same word, at their strength. Default: the built-in lexicon.</summary>
    public ParaphraseLexicon Lexicon { get; init; } = ParaphraseLexicon.BuiltIn;

    /// <summary>
    /// Candidate sentence pairs from beyond the lexical index (sentence embeddings: <c>--embeddings</c>), for
    /// the target sentences the index leaves unpaired; null (the default) uses the index alone.
    /// </summary>
    public ISentencePairSource? ExtraPairs { get; init; }

    /// <summary>How sentences are sketched for candidate search.</summary>
    public SketchOptions Sketch { get; init; } = SketchOptions.Default;

    public void Validate()
    {
        OptionRules.Check(SeedThreshold is > 0 and <= 1, nameof(SeedThreshold), SeedThreshold, "must be in (0, 1]");
        OptionRules.Check(PassageThreshold is >= 0 and <= 1, nameof(PassageThreshold), PassageThreshold, "must be in [0, 1]");
        OptionRules.Check(LoneSentenceRise >= 0, nameof(LoneSentenceRise), LoneSentenceRise, "must be 0 or more");
        OptionRules.Check(MaxGap >= 0, nameof(MaxGap), MaxGap, "must be 0 or more");
        OptionRules.Check(MinPassageChars >= 0, nameof(MinPassageChars), MinPassageChars, "must be 0 or more");
        OptionRules.Check(MergeGapChars >= 0, nameof(MergeGapChars), MergeGapChars, "must be 0 or more");
        OptionRules.Check(MinVerbatimWords >= 3, nameof(MinVerbatimWords), MinVerbatimWords, "must be at least 3");
        OptionRules.Check(VerbatimPassageShare is > 0 and <= 1, nameof(VerbatimPassageShare), VerbatimPassageShare, "must be in (0, 1]");
        Sketch.Validate();
    }
}
