using Stemma.Judgement;

using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>Marks which characters of the target's sentences lie in passages and in verbatim runs.</summary>
internal sealed class TargetCoverage
{
    private readonly ArticleProfile _target;
    private readonly bool[] _inPassage;
    private readonly bool[] _inRun;
    private readonly bool[] _counted;
    private readonly bool[] _narrative;
    private readonly int _total;
    private int _longestRun;

    public TargetCoverage(ArticleProfile target)
    {
        _target = target;
        var length = target.Text.Length;
        _inPassage = new bool[length];
        _inRun = new bool[length];
        _counted = new bool[length];
        _narrative = QuoteMarks.OutsideQuotes(target.Text);
        foreach (var sentence in target.Sentences)
        {
            for (var c = sentence.Sentence.Start; c < sentence.Sentence.Start + sentence.Sentence.Length; c++)
            {
                if (!char.IsWhiteSpace(target.Text[c]))
                {
                    _counted[c] = true;
                    _total++;
                }
            }
        }
    }

    private double Share(bool[] covered, bool[] within)
    {
        int all = 0, hit = 0;
        for (var c = 0; c < covered.Length; c++)
        {
            if (_counted[c] && within[c])
            {
                all++;
                hit += covered[c] ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double)hit / all;
    }

    /// <summary>Non-space characters counted in [start, end).</summary>
    public int Count(int start, int end, bool[]? within = null)
    {
        var n = 0;
        for (var c = start; c < end; c++)
        {
            if (_counted[c] && (within is null || within[c]))
            {
                n++;
            }
        }
        return n;
    }

    public void MarkPassage(int start, int end) => Array.Fill(_inPassage, true, start, end - start);

    public void MarkRun(int start, int end, int words)
    {
        Array.Fill(_inRun, true, start, end - start);
        _longestRun = Math.Max(_longestRun, words);
    }

    /// <summary>Share of the passage's target characters [start, end) that are in runs of any source.</summary>
    public double RunShare(int start, int end)
    {
        var all = Count(start, end);
        return all == 0 ? 0 : (double)Count(start, end, _inRun) / all;
    }

    public DerivationEvidence Evidence(IReadOnlyList<Passage> passages, SentenceCopying copying, double bigramContainment, double trigramContainment, PairOverlap overlap)
    {
        if (_total == 0)
        {
            return default;
        }
        var best = new double[_target.Sentences.Length];
        foreach (var passage in passages)
        {
            foreach (var pair in passage.SentencePairs)
            {
                best[pair.TargetSentence] = Math.Max(best[pair.TargetSentence], pair.Similarity);
            }
        }
        int aligned = 0, close = 0, words = 0, unalignedWords = 0, copiedWords = 0, uncopiedWords = 0;
        for (var s = 0; s < best.Length; s++)
        {
            var sentence = _target.Sentences[s].Sentence;
            var chars = Count(sentence.Start, sentence.Start + sentence.Length);
            aligned += best[s] > 0 ? chars : 0;
            close += best[s] >= 0.6 ? chars : 0;
            var sentenceWords = _target.Sentences[s].WordCount;
            words += sentenceWords;
            unalignedWords += best[s] > 0 ? 0 : sentenceWords;
            copiedWords += copying.Ratios[s] >= 0.7 ? sentenceWords : 0;
            uncopiedWords += copying.Ratios[s] < 0.5 ? sentenceWords : 0;
        }
        double weighted = 0, weight = 0;
        foreach (var passage in passages)
        {
            weighted += passage.Similarity * passage.Target.Length;
            weight += passage.Target.Length;
        }
        return new DerivationEvidence(
            (double)Count(0, _target.Text.Length, _inPassage) / _total,
            (double)Count(0, _target.Text.Length, _inRun) / _total,
            _longestRun,
            weight == 0 ? 0 : weighted / weight,
            (double)aligned / _total,
            (double)close / _total,
            trigramContainment,
            Share(_inPassage, _narrative),
            bigramContainment,
            words,
            unalignedWords,
            words == 0 ? 0 : (double)copiedWords / words,
            uncopiedWords,
            overlap.TermContainment,
            overlap.ReverseTermContainment,
            overlap.ReverseBigramContainment,
            overlap.SourceWords);
    }
}
