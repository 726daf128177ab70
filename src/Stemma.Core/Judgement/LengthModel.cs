namespace Stemma.Judgement;

/// <summary>
/// Where each of the verdict's rules holds. A pair of sentences is told from an article by the longer of
/// the two texts (target and closest source): up to <see cref="SentenceUpTo"/> words the sentence rule
/// alone (MSRP's pairs: at most 32 words), from <see cref="ArticleFrom"/> none of it (a short METER
/// article has a wire story of hundreds of words as its source, so it stays an article). An article is
/// told from a long document by the target's words: METER's rules alone up to <see cref="ArticleUpTo"/>
/// (98 % of METER's articles), the document rule alone from <see cref="DocumentFrom"/> (PAN's suspicious
/// documents: median 1,566 words). In between, the rules' margins are interpolated in log words, so the
/// verdict shifts smoothly with length instead of jumping.
/// </summary>
public sealed record LengthZones(int SentenceUpTo = 35, int ArticleFrom = 60, int ArticleUpTo = 900, int DocumentFrom = 1500)
{
    /// <summary>The weights of the sentence, article and document rules (they sum to 1) for a target of <paramref name="words"/> words whose closest source has <paramref name="sourceWords"/>.</summary>
    public (double Sentence, double Article, double Document) Weights(int words, int sourceWords)
    {
        var longer = Math.Max(words, sourceWords);
        var sentence = longer <= SentenceUpTo ? 1 : longer >= ArticleFrom ? 0 : 1 - Between(longer, SentenceUpTo, ArticleFrom);
        var document = words <= ArticleUpTo ? 0 : words >= DocumentFrom ? 1 : Between(words, ArticleUpTo, DocumentFrom);
        return (sentence, (1 - sentence) * (1 - document), (1 - sentence) * document);
    }

    private static double Between(int words, int from, int to) => Math.Log((double)words / from) / Math.Log((double)to / from);
}

/// <summary>
/// The verdict at any length: METER's two article rules (<see cref="DerivationModel"/>), a sentence rule
/// (wholly derived = a paraphrase, fitted on MSRP) and a document rule (derived at all, fitted on PAN's
/// documents, derived = the pair has a reuse case), blended by <see cref="LengthZones"/>.
/// Each rule's margin is its log-odds minus its cut's, so a margin of 0 is the rule's own cut point.
/// </summary>
/// <param name="Article">METER's rules and cuts, with the whole-rewrite rule.</param>
/// <param name="Sentence">Probability that a short target restates its source (wholly derived), from <see cref="DerivationJudge.PairMeasures"/>.</param>
/// <param name="SentenceCut">Sentence probability at or above which a short target is wholly derived.</param>
/// <param name="Document">Probability that a long target is derived at all, from <see cref="DerivationJudge.PairMeasures"/>.</param>
/// <param name="DocumentCut">Document probability at or above which a long target is derived.</param>
/// <param name="Zones">Where each rule holds.</param>
/// <param name="MeaningSentence">The sentence rule with one more measure, the texts' cosine in meaning (<see cref="DerivationJudge.MeaningMeasures"/>); it takes the sentence rule's place only when the evidence has that cosine (<c>--embeddings</c>); null: never.</param>
/// <param name="MeaningSentenceCut">Its cut, as <paramref name="SentenceCut"/>.</param>
public sealed record LengthModel(DerivationModel Article, LogisticRule Sentence, double SentenceCut, LogisticRule Document, double DocumentCut, LengthZones Zones, LogisticRule? MeaningSentence = null, double MeaningSentenceCut = 0.5)
{
    /// <summary>How far above (positive) or below its cut a rule puts the measures, in log-odds.</summary>
    internal static double Margin(LogisticRule rule, double cut, ReadOnlySpan<double> x) => rule.LogOdds(x) - Math.Log(cut / (1 - cut));
}
