using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>MSRP figures on the held-out half, with the threshold fitted on the other half.</summary>
public sealed record MsrpEvaluationResult(double Threshold, int FittingPairs, ClassificationMetrics HeldOut, ClassificationMetrics Fitting);

/// <summary>
/// The Microsoft Research Paraphrase Corpus (Dolan and Brockett 2005): is sentence 2 a paraphrase of
/// sentence 1? Stemma's sentence similarity (the aligner's soft overlap) decides against one threshold.
/// Pairs alternate between two halves: the threshold is fitted for accuracy on the odd lines and
/// accuracy and F1 are reported on the even lines, which the fit never saw.
/// </summary>
public static class MsrpEvaluation
{
    public static MsrpEvaluationResult Run(string file)
    {
        var rows = File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5).ToList();
        var scored = rows.Select(f => (Gold: f[0] == "1", Similarity: Similarity(f[3], f[4]))).ToList();
        var fitting = scored.Where((_, i) => i % 2 == 0).ToList();
        var heldOut = scored.Where((_, i) => i % 2 == 1).ToList();
        var threshold = Enumerable.Range(1, 99).Select(t => t / 100.0)
            .MaxBy(t => fitting.Count(p => p.Gold == (p.Similarity >= t)));
        return new MsrpEvaluationResult(threshold, fitting.Count, Metrics(heldOut, threshold), Metrics(fitting, threshold));
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
