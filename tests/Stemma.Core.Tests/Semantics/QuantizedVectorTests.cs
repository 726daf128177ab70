namespace Stemma.Semantics;

public sealed class QuantizedVectorTests
{
    private static float[] RandomUnit(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            v[i] = (float)(random.NextDouble() * 2 - 1);
        }
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);

    [Fact]
    public void Dot_OfQuantisedVectors_IsTheFloatDotWithinOneHundredth()
    {
        var random = new Random(13);
        for (var trial = 0; trial < 200; trial++)
        {
            var a = RandomUnit(random, 384);
            // Half unrelated (cosine near 0), half near copies (cosine near 1).
            var b = trial % 2 == 0 ? RandomUnit(random, 384) : [.. a.Select(x => x + (float)(random.NextDouble() * 0.01))];

            var quantised = QuantizedVector.From(a).Dot(QuantizedVector.From(b));

            Assert.InRange(quantised - Dot(a, b), -0.01, 0.01);
        }
    }

    [Fact]
    public void FromBytes_OfAVectorsBytesAndScale_GivesTheSameValues()
    {
        var original = QuantizedVector.From(RandomUnit(new Random(7), 384));

        var read = QuantizedVector.FromBytes(original.Bytes(), original.Scale);

        Assert.Equal(original.ToFloats(), read.ToFloats());
        Assert.Equal(384, original.Bytes().Length);
    }

    [Fact]
    public void From_KeepsEachValueWithinHalfAStep()
    {
        var vector = RandomUnit(new Random(3), 64);

        var quantised = QuantizedVector.From(vector);

        var step = quantised.Scale;
        foreach (var (value, back) in vector.Zip(quantised.ToFloats()))
        {
            Assert.InRange(back - value, -step / 2 - 1e-6, step / 2 + 1e-6);
        }
    }

    [Fact]
    public void From_ZeroOrNotFiniteValues_GivesZerosNotNaN()
    {
        var quantised = QuantizedVector.From([0f, float.NaN, float.PositiveInfinity, 0f]);

        Assert.All(quantised.ToFloats(), v => Assert.Equal(0f, v));
        Assert.Equal(0, quantised.Dot(quantised));
    }

    [Fact]
    public void Dot_OfVectorsOfDifferentLengths_IsZero()
    {
        Assert.Equal(0, QuantizedVector.From([1f, 0f]).Dot(QuantizedVector.From([1f, 0f, 0f])));
    }
}
