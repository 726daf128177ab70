namespace Stemma.Evaluation;

/// <summary>
/// Logistic regression fitted by batch gradient descent on standardised features with a small L2
/// penalty: enough for a handful of similarity features, deterministic (no random start).
/// </summary>
public sealed class LogisticModel
{
    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;
    private readonly double _bias;

    private LogisticModel(double[] mean, double[] scale, double[] weights, double bias)
    {
        _mean = mean;
        _scale = scale;
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The same model over raw (unstandardised) features, for use outside evaluation.</summary>
    public Judgement.LogisticRule ToRule()
    {
        var bias = _bias;
        var weights = new double[_weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = _weights[k] / _scale[k];
            bias -= weights[k] * _mean[k];
        }
        return new Judgement.LogisticRule(bias, weights);
    }

    public double Probability(double[] x)
    {
        var z = _bias;
        for (var k = 0; k < _weights.Length; k++)
        {
            z += _weights[k] * (x[k] - _mean[k]) / _scale[k];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    public static LogisticModel Fit(IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys, int iterations = 2000, double rate = 0.5, double l2 = 1e-3) =>
        Fit(xs, ys, null, iterations, rate, l2);

    /// <summary>
    /// Fits with a weight per example (<paramref name="sampleWeights"/>, null for all 1), so that corpora
    /// of different sizes can count equally; the weights are scaled to average 1.
    /// </summary>
    public static LogisticModel Fit(IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys, IReadOnlyList<double>? sampleWeights, int iterations = 2000, double rate = 0.5, double l2 = 1e-3)
    {
        ArgumentOutOfRangeException.ThrowIfZero(xs.Count);
        var n = xs.Count;
        var sampleScale = sampleWeights is null ? 1 : n / sampleWeights.Sum();
        var d = xs[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (var k = 0; k < d; k++)
        {
            mean[k] = xs.Average(x => x[k]);
            var variance = xs.Average(x => (x[k] - mean[k]) * (x[k] - mean[k]));
            scale[k] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        var weights = new double[d];
        var bias = 0.0;
        var gradient = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            var model = new LogisticModel(mean, scale, weights, bias);
            for (var i = 0; i < n; i++)
            {
                var error = (model.Probability(xs[i]) - (ys[i] ? 1 : 0)) * (sampleWeights is null ? 1 : sampleWeights[i] * sampleScale);
                biasGradient += error;
                for (var k = 0; k < d; k++)
                {
                    gradient[k] += error * (xs[i][k] - mean[k]) / scale[k];
                }
            }
            bias -= rate * biasGradient / n;
            for (var k = 0; k < d; k++)
            {
                weights[k] -= rate * (gradient[k] / n + l2 * weights[k]);
            }
        }
        return new LogisticModel(mean, scale, weights, bias);
    }
}
