namespace Stemma.Evaluation;

public sealed class LogisticModelTests
{
    [Fact]
    public void Fit_SeparableData_PutsEachSideOnItsSideOfOneHalf()
    {
        double[][] xs = [[0.1, 5], [0.2, 3], [0.3, 4], [0.7, 4], [0.8, 5], [0.9, 3]];
        bool[] ys = [false, false, false, true, true, true];

        var model = LogisticModel.Fit(xs, ys);

        Assert.All(xs.Zip(ys), p => Assert.Equal(p.Second, model.Probability(p.First) >= 0.5));
        Assert.True(model.Weights[0] > 0, "the informative feature gets a positive weight");
        Assert.True(Math.Abs(model.Weights[1]) < Math.Abs(model.Weights[0]), "the noise feature weighs less");
    }

    [Fact]
    public void ToRule_GivesTheSameProbabilitiesOnRawFeatures()
    {
        double[][] xs = [[0.1, 50], [0.2, 30], [0.3, 40], [0.7, 45], [0.8, 52], [0.9, 33]];
        bool[] ys = [false, false, true, false, true, true];
        var model = LogisticModel.Fit(xs, ys);

        var rule = model.ToRule();

        Assert.All(xs, x => Assert.Equal(model.Probability(x), rule.Probability(x), 9));
    }
}
