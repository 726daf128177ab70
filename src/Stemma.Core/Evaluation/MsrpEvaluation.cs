using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>MSRP figures on the held-out half, with the threshold fitted on the other half.</summary>
public sealed record MsrpEvaluationResult(double Threshold, int FittingPairs, ClassificationMetrics HeldOut, ClassificationMetrics Fitting);

/// <summary>
/// The Microsoft Research Paraphrase Corpus (Dolan and Brockett 2005): is sentence 2 a paraphrase of
/// sentence 1? A logistic model over the aligner's sentence measures (<see cref="Features"/>) decides.
/// Pairs alternate between two halves: the model and its threshold are fitted on the odd lines and
/// accuracy and F1 are reported on the even lines, which the fit never saw.
/// </summary>
public static class MsrpEvaluation
{
    public static MsrpEvaluationResult Run(string file)
    {
        var rows = File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5).ToList();
        var features = rows.Select(f => (Gold: f[0] == "1", X: Features(f[3], f[4]))).ToList();
        var fittingRows = features.Where((_, i) => i % 2 == 0).ToList();
        var model = LogisticModel.Fit(fittingRows.Select(r => r.X).ToList(), fittingRows.Select(r => r.Gold).ToList());
        var scored = features.Select(r => (r.Gold, Similarity: model.Probability(r.X))).ToList();
        var fitting = scored.Where((_, i) => i % 2 == 0).ToList();
        var heldOut = scored.Where((_, i) => i % 2 == 1).ToList();
        var threshold = Enumerable.Range(1, 99).Select(t => t / 100.0)
            .MaxBy(t => fitting.Count(p => p.Gold == (p.Similarity >= t)));
        return new MsrpEvaluationResult(threshold, fitting.Count, Metrics(heldOut, threshold), Metrics(fitting, threshold));
    }

    /// <summary>
    /// What the paraphrase decision looks at: the soft similarity and both containments, word and bigram
    /// and trigram overlap with stop words (word order), whether the numbers agree, the length difference,
    /// the overlap of content-term sets and the weight of content left unmatched on both sides.
    /// </summary>
    internal static double[] Features(string first, string second)
    {
        var vocabulary = new Vocabulary();
        var segmentedA = Segment(first);
        var segmentedB = Segment(second);
        var a = ArticleProfile.Build(segmentedA, vocabulary, Sketching.SketchOptions.Default);
        var b = ArticleProfile.Build(segmentedB, vocabulary, Sketching.SketchOptions.Default);
        var scorer = new SentenceScorer(vocabulary, TermWeights.Build(vocabulary, [a, b]), ParaphraseLexicon.BuiltIn);
        var (termsA, namesA) = Union(a);
        var (termsB, namesB) = Union(b);
        var score = scorer.Score(termsA, namesA, termsB, namesB);
        var wordsA = a.Words.Select(w => w.Hash).ToArray();
        var wordsB = b.Words.Select(w => w.Hash).ToArray();
        var numbersA = segmentedA.Sentences.SelectMany(s => s.Numbers).Select(n => n.Value).ToHashSet();
        var numbersB = segmentedB.Sentences.SelectMany(s => s.Numbers).Select(n => n.Value).ToHashSet();
        return
        [
            score.Similarity,
            Math.Min(score.TargetContained, score.SourceContained),
            Math.Max(score.TargetContained, score.SourceContained),
            Dice(wordsA, wordsB),
            Dice(Bigrams(wordsA), Bigrams(wordsB)),
            numbersA.SetEquals(numbersB) ? 0 : 1,
            Math.Abs(wordsA.Length - wordsB.Length) / (double)Math.Max(1, Math.Max(wordsA.Length, wordsB.Length)),
            Dice(Bigrams(Bigrams(wordsA)), Bigrams(Bigrams(wordsB))), // word trigrams, as pairs of overlapping bigrams
            Dice([.. termsA.Select(t => (ulong)t)], [.. termsB.Select(t => (ulong)t)]),
            scorer.WeightOf(termsA) * (1 - score.TargetContained) + scorer.WeightOf(termsB) * (1 - score.SourceContained),
        ];
    }

    private static ulong[] Bigrams(ulong[] words) =>
        [.. Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => Sketching.StableHash.Combine(words[i], words[i + 1]))];

    private static double Dice(ulong[] a, ulong[] b)
    {
        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        return setA.Count + setB.Count == 0 ? 0 : 2.0 * setA.Count(setB.Contains) / (setA.Count + setB.Count);
    }

    /// <summary>Similarity of two sentences as the aligner scores them, weights from a background of 40 sentences.</summary>
    public static double Similarity(string first, string second)
    {
        var vocabulary = new Vocabulary();
        var a = ArticleProfile.Build(Segment(first), vocabulary, Sketching.SketchOptions.Default);
        var b = ArticleProfile.Build(Segment(second), vocabulary, Sketching.SketchOptions.Default);
        var scorer = new SentenceScorer(vocabulary, TermWeights.Build(vocabulary, [a, b]), ParaphraseLexicon.BuiltIn);
        var (termsA, namesA) = Union(a);
        var (termsB, namesB) = Union(b);
        return scorer.Score(termsA, namesA, termsB, namesB).Similarity;
    }

    private static ClassificationMetrics Metrics(List<(bool Gold, double Similarity)> pairs, double threshold)
    {
        var metrics = new ClassificationMetrics(["not paraphrase", "paraphrase"]);
        foreach (var (gold, similarity) in pairs)
        {
            metrics.Add(gold ? 1 : 0, similarity >= threshold ? 1 : 0);
        }
        return metrics;
    }

    private static SegmentedArticle Segment(string text)
    {
        var document = new SourceDocument { Id = "s", File = "msrp", Original = text, Format = DocumentFormat.PlainText };
        var extraction = new ArticleExtractor(ExtractionOptions.Default with { RemoveBoilerplateByShape = false }).Extract(document);
        var article = extraction.Articles.FirstOrDefault();
        return article is null
            ? new SegmentedArticle(new ExtractedArticle { Document = document, Text = "", Map = new OffsetMap([], []), Paragraphs = [], Removed = [] }, [])
            : Segmenter.Segment(article);
    }

    private static (int[] Terms, int[] Names) Union(ArticleProfile profile) =>
        ([.. profile.Sentences.SelectMany(s => s.Terms).Distinct().Order()], [.. profile.Sentences.SelectMany(s => s.NameTerms).Distinct().Order()]);
}
