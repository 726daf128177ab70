namespace Stemma.Alignment;

/// <summary>
/// One passage per reused stretch: passages from one source whose target sides and source sides both
/// lie within <see cref="AlignmentOptions.MergeGapChars"/> of each other (or overlap) become one. The
/// aligner finds a stretch in pieces where a verbatim run sits just outside a rewritten passage or a
/// lone sentence pair beside it; PAN's granularity counts each piece as a separate detection.
/// </summary>
internal static class PassageMerger
{
    /// <summary>Merges <paramref name="passages"/> (sorted by target start, then source index) in order.</summary>
    public static List<Passage> Merge(List<Passage> passages, int gapChars)
    {
        var merged = new List<Passage>(passages.Count);
        foreach (var passage in passages)
        {
            // Only with the passage just before: a passage from another source in between keeps them apart.
            if (merged.Count > 0 && merged[^1].SourceIndex == passage.SourceIndex && Near(merged[^1], passage, gapChars))
            {
                merged[^1] = Join(merged[^1], passage);
                continue;
            }
            merged.Add(passage);
        }
        return merged;
    }

    private static bool Near(Passage a, Passage b, int gap) =>
        Distance(a.Target, b.Target) <= gap && Distance(a.Source, b.Source) <= gap;

    /// <summary>Characters between two spans (negative when they overlap).</summary>
    private static int Distance(TextSpan a, TextSpan b) => Math.Max(b.Start - a.End, a.Start - b.End);

    private static Passage Join(Passage a, Passage b)
    {
        var target = Cover(a.Target, b.Target);
        var source = Cover(a.Source, b.Source);
        double weight = a.Target.Length + b.Target.Length;
        var verbatim = weight == 0 ? 0 : (a.VerbatimShare * a.Target.Length + b.VerbatimShare * b.Target.Length) / weight;
        return a with
        {
            Target = target,
            Source = source,
            Kind = a.Kind == PassageKind.Verbatim && b.Kind == PassageKind.Verbatim ? PassageKind.Verbatim : PassageKind.Rewrite,
            Similarity = weight == 0 ? a.Similarity : Math.Round((a.Similarity * a.Target.Length + b.Similarity * b.Target.Length) / weight, 4),
            VerbatimShare = Math.Round(verbatim, 4),
            TargetSentences = (Math.Min(a.TargetSentences.First, b.TargetSentences.First), Math.Max(a.TargetSentences.Last, b.TargetSentences.Last)),
            SourceSentences = (Math.Min(a.SourceSentences.First, b.SourceSentences.First), Math.Max(a.SourceSentences.Last, b.SourceSentences.Last)),
            SentencePairs = [.. a.SentencePairs.Concat(b.SentencePairs).Distinct().OrderBy(p => p.TargetSentence).ThenBy(p => p.SourceSentence)],
            VerbatimRuns = [.. a.VerbatimRuns.Concat(b.VerbatimRuns).Distinct()],
        };
    }

    private static TextSpan Cover(TextSpan a, TextSpan b)
    {
        var start = Math.Min(a.Start, b.Start);
        return new TextSpan(start, Math.Max(a.End, b.End) - start);
    }
}
