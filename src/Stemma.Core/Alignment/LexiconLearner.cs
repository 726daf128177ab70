using Stemma.Judgement;
using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>
/// Learns paraphrase pairs from sentences known to say the same thing (confidently aligned sentences, or
/// labelled paraphrases): where the word diff of two such sentences replaces exactly one content word by
/// exactly one other, between kept words, the two stems are a candidate pair ("will render" / "will
/// provide"). A candidate seen in at least <see cref="MinEvidence"/> different sentence pairs becomes a
/// lexicon pair; its strength grows with the evidence, from 0.5 at the minimum to at most 0.8 (the
/// built-in groups are 0.7 to 0.9). Names, numbers and stop words are never learned.
/// </summary>
public sealed class LexiconLearner
{
    private readonly Dictionary<(string, string), int> _seen = [];

    /// <param name="minSimilarity">Aligned sentence pairs below this similarity are not taken from comparisons (default 0.6).</param>
    /// <param name="minEvidence">Sentence pairs needed before a word pair is learned (default 2).</param>
    public LexiconLearner(double minSimilarity = 0.6, int minEvidence = 2)
    {
        OptionRules.Check(minSimilarity is > 0 and <= 1, nameof(minSimilarity), minSimilarity, "must be in (0, 1]");
        OptionRules.Check(minEvidence >= 1, nameof(minEvidence), minEvidence, "must be at least 1");
        MinSimilarity = minSimilarity;
        MinEvidence = minEvidence;
    }

    public double MinSimilarity { get; }

    public int MinEvidence { get; }

    /// <summary>Sentence pairs observed so far.</summary>
    public int SentencePairs { get; private set; }

    /// <summary>Takes in two sentences that say the same thing.</summary>
    public void Observe(string first, string second)
    {
        SentencePairs++;
        foreach (var pair in Substitutions(first, second).Distinct())
        {
            _seen[pair] = _seen.GetValueOrDefault(pair) + 1;
        }
    }

    /// <summary>Takes in the sentence pairs of a comparison's passages aligned at <see cref="MinSimilarity"/> or more.</summary>
    public void Observe(Comparison comparison)
    {
        foreach (var passage in comparison.Passages)
        {
            var source = comparison.Sources[passage.SourceIndex];
            foreach (var pair in passage.SentencePairs.Where(p => p.Similarity >= MinSimilarity))
            {
                Observe(source.Sentences[pair.SourceSentence].Text, comparison.Target.Sentences[pair.TargetSentence].Text);
            }
        }
    }

    /// <summary>The pairs learned so far.</summary>
    public ParaphraseLexicon Learn()
    {
        var lexicon = ParaphraseLexicon.Empty;
        foreach (var ((a, b), evidence) in _seen.Where(s => s.Value >= MinEvidence))
        {
            lexicon.Add(a, b, StrengthOf(evidence), evidence);
        }
        return lexicon;
    }

    /// <summary>0.5 at the minimum evidence, +0.1 for each doubling, at most 0.8.</summary>
    private double StrengthOf(int evidence) =>
        Math.Round(Math.Min(0.8, 0.5 + 0.1 * Math.Log2((double)evidence / MinEvidence)), 3);

    /// <summary>The one-for-one content word replacements between kept words, as ordered stem pairs.</summary>
    internal static IEnumerable<(string, string)> Substitutions(string first, string second)
    {
        var diff = WordDiff.Compare(first, second);
        var i = 0;
        while (i < diff.Count)
        {
            if (diff[i].Op == DiffOp.Same)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < diff.Count && diff[i].Op != DiffOp.Same)
            {
                i++;
            }
            if (start == 0 || i == diff.Count)
            {
                continue; // a change at either end has no kept word on one side
            }
            var removed = Content(diff, start, i, DiffOp.Removed);
            var added = Content(diff, start, i, DiffOp.Added);
            if (removed.Count == 1 && added.Count == 1 && removed[0] is { } a && added[0] is { } b)
            {
                var (stemA, stemB) = (Porter2Stemmer.Stem(a), Porter2Stemmer.Stem(b));
                if (stemA != stemB)
                {
                    yield return string.CompareOrdinal(stemA, stemB) < 0 ? (stemA, stemB) : (stemB, stemA);
                }
            }
        }
    }

    /// <summary>
    /// The content words of one side of a change; null stands for a word that may not be learned (a name, a
    /// number), which spoils the change.
    /// </summary>
    private static List<string?> Content(IReadOnlyList<DiffWord> diff, int start, int end, DiffOp side)
    {
        var words = new List<string?>();
        for (var k = start; k < end; k++)
        {
            if (diff[k].Op != side)
            {
                continue;
            }
            var word = WordDiff.Bare(diff[k].Text).Trim('!', '?');
            var folded = TextFolding.Fold(word);
            if (folded.Length == 0 || StopWords.Contains(folded))
            {
                continue;
            }
            var learnable = folded.Length >= 3 && folded.All(char.IsAsciiLetterLower) && !char.IsUpper(word[0]);
            words.Add(learnable ? folded : null);
        }
        return words;
    }
}
