namespace Stemma.Evaluation;

/// <summary>B-cubed precision, recall and F1 (Bagga &amp; Baldwin 1998) and the adjusted Rand index (Hubert &amp; Arabie 1985).</summary>
public sealed record ClusteringScores(double Precision, double Recall, double F1, double AdjustedRand, int Items, int GoldClusters, int PredictedClusters)
{
    /// <summary>Scores a predicted clustering against a gold one; both lists give each item's cluster label, item by item.</summary>
    public static ClusteringScores Measure<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} items but predicted has {predicted.Count}.");
        }
        if (gold.Count == 0)
        {
            throw new ArgumentException("there are no items to score.");
        }
        var goldSizes = gold.CountBy(g => g).ToDictionary();
        var predictedSizes = predicted.CountBy(p => p).ToDictionary();
        var both = Enumerable.Range(0, gold.Count).CountBy(i => (gold[i], predicted[i])).ToDictionary();

        // B-cubed: for each item, the share of its predicted cluster that shares its gold cluster (precision)
        // and the share of its gold cluster that shares its predicted cluster (recall), averaged over items.
        double precision = 0, recall = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var shared = both[(gold[i], predicted[i])];
            precision += (double)shared / predictedSizes[predicted[i]];
            recall += (double)shared / goldSizes[gold[i]];
        }
        precision /= gold.Count;
        recall /= gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        static double Pairs(double n) => n * (n - 1) / 2;
        var index = both.Values.Sum(n => Pairs(n));
        var goldPairs = goldSizes.Values.Sum(n => Pairs(n));
        var predictedPairs = predictedSizes.Values.Sum(n => Pairs(n));
        var expected = goldPairs * predictedPairs / Pairs(gold.Count);
        var maximum = (goldPairs + predictedPairs) / 2;
        var adjustedRand = maximum == expected ? 1 : (index - expected) / (maximum - expected);
        return new ClusteringScores(precision, recall, f1, adjustedRand, gold.Count, goldSizes.Count, predictedSizes.Count);
    }
}
