using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Reports;

/// <summary>
/// Sentences of a target matched to sentences of its source (one to one, or one split in two), as a reader wants to see a pair: both spans
/// in the original files, the similarity, whether the target sentence lies mostly in verbatim runs, and the two
/// sentences' text (to mark the words that changed).
/// </summary>
public sealed record SentenceMatch(int Passage, TextSpan Source, TextSpan Target, double Similarity, bool Verbatim, string SourceText, string TargetText);

/// <summary>
/// A pair of stored articles compared again sentence by sentence (stages 2–5): a stored alignment keeps whole
/// passages, which can span most of an article; side by side, each matched sentence is its own unit.
/// </summary>
public static class PairSentences
{
    /// <summary>Share of a target sentence's characters inside verbatim runs from which it counts as copied verbatim.</summary>
    private const double VerbatimShare = 0.8;

    public static IReadOnlyList<SentenceMatch> Match(StoredArticle source, StoredArticle target, ExtractionOptions? extraction = null, AlignmentOptions? alignment = null)
    {
        var extracted = new ArticleExtractor(extraction ?? ExtractionOptions.Default).ExtractAll([source.ToDocument(), target.ToDocument()]).Articles;
        var sourceText = extracted.FirstOrDefault(a => a.Document.Id == source.Name && a.Document.File == source.File && a.Document.Line == source.Line);
        var targetText = extracted.LastOrDefault(a => a.Document.Id == target.Name && a.Document.File == target.File && a.Document.Line == target.Line);
        if (sourceText is null || targetText is null || ReferenceEquals(sourceText, targetText))
        {
            return [];
        }
        var from = Segmenter.Segment(sourceText);
        var to = Segmenter.Segment(targetText);
        var comparison = new ArticleComparer(alignment).Compare(to, [from]);
        var matches = new List<SentenceMatch>();
        for (var p = 0; p < comparison.Passages.Count; p++)
        {
            var passage = comparison.Passages[p];
            foreach (var group in Groups(passage.SentencePairs))
            {
                var targets = group.Select(g => g.TargetSentence).Distinct().Order().Select(i => to.Sentences[i]).ToList();
                var sources = group.Select(g => g.SourceSentence).Distinct().Order().Select(i => from.Sentences[i]).ToList();
                var targetSpan = Cover(targets);
                var verbatim = passage.VerbatimRuns.Sum(r => Overlap(r.Target, targetSpan)) >= VerbatimShare * Math.Max(1, targetSpan.Length);
                matches.Add(new SentenceMatch(p, Cover(sources), targetSpan, group.Max(g => g.Similarity), verbatim,
                    string.Join(' ', sources.Select(x => x.Text)), string.Join(' ', targets.Select(x => x.Text))));
            }
        }
        return [.. matches.OrderBy(m => m.Target.Start)];
    }

    /// <summary>
    /// Sentence pairs joined when they share a sentence on either side (one sentence split in two, two merged
    /// in one): each group is one match, so every marked stretch has its counterpart on the other side.
    /// </summary>
    private static IEnumerable<List<SentencePair>> Groups(IReadOnlyList<SentencePair> pairs)
    {
        var groups = new List<List<SentencePair>>();
        foreach (var pair in pairs)
        {
            var joined = groups.Where(g => g.Any(x => x.TargetSentence == pair.TargetSentence || x.SourceSentence == pair.SourceSentence)).ToList();
            var group = new List<SentencePair> { pair };
            foreach (var old in joined)
            {
                group.AddRange(old);
                groups.Remove(old);
            }
            groups.Add(group);
        }
        return groups;
    }

    private static TextSpan Cover(List<Sentence> sentences)
    {
        var start = sentences.Min(x => x.OriginalStart);
        return new TextSpan(start, sentences.Max(x => x.OriginalStart + x.OriginalLength) - start);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
