using Stemma.Evaluation;

namespace Stemma.Evaluation;

public class ClusteringScoresTests
{
    [Fact]
    public void A_clustering_equal_to_the_gold_one_scores_one_everywhere()
    {
        var scores = ClusteringScores.Measure(["a", "a", "b", "c"], [7, 7, 3, 9]);

        Assert.Equal(1, scores.Precision, 9);
        Assert.Equal(1, scores.Recall, 9);
        Assert.Equal(1, scores.AdjustedRand, 9);
        Assert.Equal((4, 3, 3), (scores.Items, scores.GoldClusters, scores.PredictedClusters));
    }

    [Fact]
    public void One_big_cluster_keeps_full_recall_and_loses_precision_as_b_cubed_defines_it()
    {
        // Gold {1,2} {3,4}; everything in one cluster: each item's cluster holds 2 of its 4 members from its gold cluster.
        var scores = ClusteringScores.Measure(["x", "x", "y", "y"], [1, 1, 1, 1]);

        Assert.Equal(0.5, scores.Precision, 9);
        Assert.Equal(1, scores.Recall, 9);
        Assert.Equal(2 * 0.5 / 1.5, scores.F1, 9);
        Assert.Equal(0, scores.AdjustedRand, 9);
    }

    [Fact]
    public void Singletons_keep_full_precision_and_lose_recall()
    {
        var scores = ClusteringScores.Measure(["x", "x", "x", "y"], [1, 2, 3, 4]);

        Assert.Equal(1, scores.Precision, 9);
        Assert.Equal((1.0 / 3 * 3 + 1) / 4, scores.Recall, 9);
    }

    [Fact]
    public void Lists_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ClusteringScores.Measure(["a", "b"], [1]));
    }
}
