using System.Globalization;
using System.Text;
using Stemma.Alignment;
using Stemma.Judgement;
using Stemma.Pipeline;
using Stemma.Text;

namespace Stemma.Cli.Output;

/// <summary>
/// The terminal view of a comparison: the verdict and its measures, then each passage with its aligned
/// sentences one above the other, words the target dropped as <c>[-word-]</c> and words it added as
/// <c>{+word+}</c> (git's word-diff marks).
/// </summary>
internal static class CompareText
{
    public static void Write(TextWriter writer, CompareOutcome outcome)
    {
        var request = outcome.Request;
        if (outcome.Comparison is not { } comparison)
        {
            writer.WriteLine($"{request.Target}: error: {outcome.Error}");
            return;
        }
        var evidence = comparison.Evidence;
        writer.WriteLine($"{request.Target} ← {string.Join(", ", request.Sources)}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verdict: {Describe(comparison.Verdict)} · coverage {evidence.Coverage:P0} · verbatim {evidence.VerbatimShare:P0} · longest run {evidence.LongestRun} words · {comparison.Passages.Count} passage{(comparison.Passages.Count == 1 ? "" : "s")}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {evidence.UnalignedWords} of {evidence.Words} words in sentences aligned to nothing · {evidence.CopiedShare:P0} in sentences keeping 70 % of a source passage's words in order · {evidence.BigramContainment:P0} of word pairs shared"));
        var number = 0;
        foreach (var passage in comparison.Passages)
        {
            number++;
            var source = comparison.Sources[passage.SourceIndex];
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"passage {number} · {(passage.Kind == PassageKind.Verbatim ? "verbatim" : "rewrite")} · similarity {passage.Similarity:0.00} · target sentences {passage.TargetSentences.First + 1}–{passage.TargetSentences.Last + 1} · {CompareJson.SourceName(source)} sentences {passage.SourceSentences.First + 1}–{passage.SourceSentences.Last + 1}"));
            if (passage.SentencePairs.Count == 0)
            {
                writer.WriteLine($"  same words: {Excerpt(comparison.Target, passage.Target)}");
                continue;
            }
            foreach (var pair in passage.SentencePairs)
            {
                var target = comparison.Target.Sentences[pair.TargetSentence].Text;
                var from = source.Sentences[pair.SourceSentence].Text;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{pair.TargetSentence + 1} ← {pair.SourceSentence + 1}, {pair.Similarity:0.00}]"));
                WriteDiff(writer, from, target);
            }
        }
    }

    private static void WriteDiff(TextWriter writer, string source, string target)
    {
        var diff = WordDiff.Compare(source, target);
        var sourceLine = new StringBuilder("    source: ");
        var targetLine = new StringBuilder("    target: ");
        foreach (var word in diff)
        {
            switch (word.Op)
            {
                case DiffOp.Same:
                    sourceLine.Append(word.Text).Append(' ');
                    targetLine.Append(word.Text).Append(' ');
                    break;
                case DiffOp.Removed:
                    sourceLine.Append("[-").Append(word.Text).Append("-] ");
                    break;
                case DiffOp.Added:
                    targetLine.Append("{+").Append(word.Text).Append("+} ");
                    break;
            }
        }
        writer.WriteLine(sourceLine.ToString().TrimEnd());
        writer.WriteLine(targetLine.ToString().TrimEnd());
    }

    private static string Excerpt(SegmentedArticle article, TextSpan span)
    {
        var text = article.Article.Document.Original.Substring(span.Start, span.Length).ReplaceLineEndings(" ");
        return text.Length <= 200 ? text : text[..197] + "...";
    }

    private static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.Wholly => "wholly derived",
        Verdict.Partially => "partially derived",
        _ => "not derived",
    };
}
