using Stemma.Alignment;
using Stemma.Text;

namespace Stemma.Judgement;

/// <summary>The measures a verdict is taken from.</summary>
/// <param name="Coverage">Share of the target's article text (non-space characters, boilerplate excluded) inside passages.</param>
/// <param name="VerbatimShare">Share of the target's article text inside verbatim runs.</param>
/// <param name="LongestRun">Words in the longest verbatim run.</param>
/// <param name="MeanSimilarity">Mean passage similarity, weighted by target characters (0 without passages).</param>
/// <param name="AlignedShare">Share of the target's text in sentences aligned to a source sentence (passages without the gaps between them).</param>
/// <param name="CloseShare">Share of the target's text in sentences aligned at similarity 0.6 or more.</param>
/// <param name="TrigramContainment">Share of the target's word trigrams (stop words included) found in the sources, as Clough et al. (2002) measure METER.</param>
/// <param name="NarrativeCoverage">Coverage of the text outside quotation marks: writers quoting one speaker share words without copying each other.</param>
/// <param name="BigramContainment">Share of the target's word bigrams (stop words included) found in the sources.</param>
/// <param name="Words">Words in the target's sentences.</param>
/// <param name="UnalignedWords">Words in target sentences aligned to no source sentence: the writer's own material, in absolute terms.</param>
/// <param name="CopiedShare">Share of the target's words in sentences that keep at least 70 % of their words, in order, from one source sentence.</param>
/// <param name="UncopiedWords">Words in target sentences that keep under half their words, in order, from any source sentence.</param>
/// <param name="TermContainment">Share of the target's distinct content terms (stems, numbers by value) found in the sources.</param>
/// <param name="ReverseTermContainment">Share of the closest source's distinct content terms found in the target (the closest source shares the most terms).</param>
/// <param name="ReverseBigramContainment">Share of the closest source's word bigrams (stop words included) found in the target.</param>
/// <param name="SourceWords">Words in the closest source.</param>
/// <param name="MeaningCosine">Cosine of the MiniLM embeddings of the target and its nearest source (each text the mean of its sentences' vectors), measured only for short texts with <c>--embeddings</c>; null otherwise.</param>
public readonly record struct DerivationEvidence(
    double Coverage,
    double VerbatimShare,
    int LongestRun,
    double MeanSimilarity,
    double AlignedShare = 0,
    double CloseShare = 0,
    double TrigramContainment = 0,
    double NarrativeCoverage = 0,
    double BigramContainment = 0,
    int Words = 0,
    int UnalignedWords = 0,
    double CopiedShare = 0,
    int UncopiedWords = 0,
    double TermContainment = 0,
    double ReverseTermContainment = 0,
    double ReverseBigramContainment = 0,
    int SourceWords = 0,
    double? MeaningCosine = null);

/// <summary>The result of comparing one target article with its candidate sources.</summary>
public sealed record Comparison(SegmentedArticle Target, IReadOnlyList<SegmentedArticle> Sources, Verdict Verdict, DerivationEvidence Evidence, IReadOnlyList<Passage> Passages)
{
    public double Coverage => Evidence.Coverage;
}
