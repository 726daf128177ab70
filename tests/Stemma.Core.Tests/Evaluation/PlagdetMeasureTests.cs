namespace Stemma.Evaluation;

public sealed class PlagdetMeasureTests
{
    private static readonly PlagiarismSpan Case = new(100, 200, 1000, 200);

    [Fact]
    public void Scores_ExactDetection_IsPerfect()
    {
        var measure = new PlagdetMeasure();
        measure.Add([Case], [Case]);

        var scores = measure.Scores;

        Assert.Equal((1.0, 1.0, 1.0, 1.0), (scores.Precision, scores.Recall, scores.Granularity, scores.Plagdet));
    }

    [Fact]
    public void Scores_CaseFoundInTwoHalves_IsPenalisedForGranularity()
    {
        var measure = new PlagdetMeasure();
        measure.Add([Case], [new(100, 100, 1000, 100), new(200, 100, 1100, 100)]);

        var scores = measure.Scores;

        Assert.Equal(1.0, scores.Recall);
        Assert.Equal(2.0, scores.Granularity);
        Assert.Equal(1 / Math.Log2(3), scores.Plagdet, 6);
    }

    [Fact]
    public void Scores_DetectionTwiceTheCase_HasHalfPrecision()
    {
        var measure = new PlagdetMeasure();
        measure.Add([Case], [new(100, 400, 1000, 400)]);

        Assert.Equal(0.5, measure.Scores.Precision, 6);
        Assert.Equal(1.0, measure.Scores.Recall, 6);
    }

    [Fact]
    public void Scores_DetectionOverlappingOnlyTheSuspiciousSide_DetectsNothing()
    {
        var measure = new PlagdetMeasure();
        measure.Add([Case], [new(100, 200, 5000, 200)]);

        Assert.Equal((0.0, 0.0), (measure.Scores.Precision, measure.Scores.Recall));
    }

    [Fact]
    public void Scores_DetectionInAPairWithoutCases_CostsPrecisionOnly()
    {
        var measure = new PlagdetMeasure();
        measure.Add([Case], [Case]);
        measure.Add([], [new(0, 50, 0, 50)]);

        Assert.Equal(0.5, measure.Scores.Precision, 6);
        Assert.Equal(1.0, measure.Scores.Recall, 6);
    }
}
