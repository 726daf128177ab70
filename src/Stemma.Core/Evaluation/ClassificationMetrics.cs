namespace Stemma.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
public readonly record struct ClassScores(double Precision, double Recall, double F1, int Support);

/// <summary>A confusion matrix over named classes, with the usual scores (macro-F1 as in Clough et al. 2002).</summary>
public sealed class ClassificationMetrics
{
    private readonly int[,] _counts;

    public ClassificationMetrics(IReadOnlyList<string> classes)
    {
        Classes = classes;
        _counts = new int[classes.Count, classes.Count];
    }

    public IReadOnlyList<string> Classes { get; }

    public int Total { get; private set; }

    /// <summary>Items of gold class <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int this[int gold, int predicted] => _counts[gold, predicted];

    public void Add(int gold, int predicted)
    {
        _counts[gold, predicted]++;
        Total++;
    }

    public double Accuracy
    {
        get
        {
            var right = 0;
            for (var c = 0; c < Classes.Count; c++)
            {
                right += _counts[c, c];
            }
            return Total == 0 ? 0 : (double)right / Total;
        }
    }

    public ClassScores Scores(int c)
    {
        int predicted = 0, gold = 0;
        for (var k = 0; k < Classes.Count; k++)
        {
            predicted += _counts[k, c];
            gold += _counts[c, k];
        }
        var precision = predicted == 0 ? 0 : (double)_counts[c, c] / predicted;
        var recall = gold == 0 ? 0 : (double)_counts[c, c] / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassScores(precision, recall, f1, gold);
    }

    public double MacroF1 => Enumerable.Range(0, Classes.Count).Average(c => Scores(c).F1);
}
