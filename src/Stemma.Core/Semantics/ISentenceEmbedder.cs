namespace Stemma.Semantics;

/// <summary>
/// Turns sentences into unit-length vectors whose dot product says how close their meanings are. The real
/// one (MiniLM, in Stemma.Semantics) loads a 90 MB model, so Core depends only on this; tests use a fake.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>Names the model, so vectors of different models are never mixed in a store.</summary>
    string Model { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One unit-length vector per sentence, in order. Called with a batch of sentences at a time.</summary>
    float[][] Embed(IReadOnlyList<string> sentences);
}
