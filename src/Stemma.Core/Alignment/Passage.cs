namespace Stemma.Alignment;

/// <summary>How a passage was taken: word for word, or rewritten (edited, paraphrased, retranslated).</summary>
public enum PassageKind
{
    Verbatim,
    Rewrite,
}

/// <summary>A span of an original file: UTF-16 start and length in <see cref="Reading.SourceDocument.Original"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Two sentences that correspond: indexes into the target's and the source's sentences.</summary>
public sealed record SentencePair(int TargetSentence, int SourceSentence, double Similarity);

/// <summary>Words that are the same on both sides, as spans of the original files.</summary>
public sealed record VerbatimSpan(TextSpan Target, TextSpan Source, int Words);

/// <summary>
/// A passage the target took from one source: where it is on both sides (spans of the original files),
/// how it was taken, how similar the two sides are, and the sentence pairs and verbatim runs inside it.
/// </summary>
public sealed record Passage
{
    /// <summary>Index of the source in the comparison's source list.</summary>
    public required int SourceIndex { get; init; }

    public required TextSpan Target { get; init; }

    public required TextSpan Source { get; init; }

    public required PassageKind Kind { get; init; }

    /// <summary>Similarity of the two sides, 0..1 (IDF-weighted soft overlap; 1 for a verbatim run).</summary>
    public required double Similarity { get; init; }

    /// <summary>Share of the passage's target characters inside verbatim runs.</summary>
    public required double VerbatimShare { get; init; }

    /// <summary>First and last target sentence (inclusive).</summary>
    public required (int First, int Last) TargetSentences { get; init; }

    /// <summary>First and last source sentence (inclusive).</summary>
    public required (int First, int Last) SourceSentences { get; init; }

    public required IReadOnlyList<SentencePair> SentencePairs { get; init; }

    public required IReadOnlyList<VerbatimSpan> VerbatimRuns { get; init; }
}
