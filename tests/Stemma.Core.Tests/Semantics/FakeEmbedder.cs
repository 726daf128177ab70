namespace Stemma.Semantics;

/// <summary>
/// An embedder for tests: each sentence's vector is a fixed one given by the test (by its text), any other
/// sentence gets a vector of its own; counts the sentences and batches it was asked for.
/// </summary>
internal sealed class FakeEmbedder(IReadOnlyDictionary<string, float[]>? vectors = null, int dimensions = 8) : ISentenceEmbedder
{
    private readonly IReadOnlyDictionary<string, float[]> _vectors = vectors ?? new Dictionary<string, float[]>();

    public string Model => "fake";

    public int Dimensions => dimensions;

    public int Sentences { get; private set; }

    public int Batches { get; private set; }

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        Batches++;
        Sentences += sentences.Count;
        return [.. sentences.Select(Vector)];
    }

    /// <summary>The given vector, else a unit vector along an axis chosen by the text's length (orthogonal to most others).</summary>
    private float[] Vector(string sentence)
    {
        if (_vectors.TryGetValue(sentence.Trim(), out var vector))
        {
            return vector;
        }
        var own = new float[dimensions];
        own[sentence.Length % dimensions] = 1;
        return own;
    }

    /// <summary>A unit vector pointing mostly along <paramref name="axis"/>, tilted towards the next one by <paramref name="tilt"/>.</summary>
    public static float[] Unit(int dimensions, int axis, float tilt = 0)
    {
        var v = new float[dimensions];
        v[axis] = 1;
        v[(axis + 1) % dimensions] = tilt;
        var norm = MathF.Sqrt(1 + tilt * tilt);
        return [.. v.Select(x => x / norm)];
    }
}
