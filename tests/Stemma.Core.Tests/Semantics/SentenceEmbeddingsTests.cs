using Stemma.Storage;

namespace Stemma.Semantics;

public sealed class SentenceEmbeddingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Get_SentencesAskedForAgainOrRepeated_AreEmbeddedOnce()
    {
        var embedder = new FakeEmbedder();
        var embeddings = new SentenceEmbeddings(embedder);

        embeddings.Get(["one sentence", "two sentences", "one sentence"]);
        embeddings.Get(["two sentences", "three sentences"]);

        Assert.Equal(3, embedder.Sentences);
        Assert.Equal(3, embeddings.Embedded);
    }

    [Fact]
    public void Get_ManySentences_SendsThemInBatchesOfTheBatchSize()
    {
        var embedder = new FakeEmbedder();
        var embeddings = new SentenceEmbeddings(embedder, batchSize: 2);

        var vectors = embeddings.Get([.. Enumerable.Range(0, 5).Select(i => $"sentence {i}")]);

        Assert.Equal(5, vectors.Length);
        Assert.Equal(3, embedder.Batches);
    }

    [Fact]
    public void Get_LongSentences_AreBatchedByCharactersSoOneLongSentenceDoesNotPadAFullBatch()
    {
        var embedder = new FakeEmbedder();
        var embeddings = new SentenceEmbeddings(embedder, batchSize: 32) { BatchChars = 4_000 };
        string[] sentences = [new string('a', 3_000), "short one", new string('b', 3_000), "short two", new string('c', 5_000)];

        var vectors = embeddings.Get(sentences);

        // Shortest first: the two short ones and the first 3,000 (3,018 characters), then each other long one alone.
        Assert.Equal(3, embedder.Batches);
        Assert.Equal(5, vectors.Length);
        Assert.All(vectors, Assert.NotNull);
    }

    [Fact]
    public void Get_AgainWithTheSameStore_EmbedsNothingAndGivesTheSameVectors()
    {
        var path = Path.Combine(_folder.Path, "stemma.db");
        string[] sentences = ["The quake killed 214 people.", "Rescue teams crossed the border at dawn.", "The minister spoke."];
        float[][] first;
        using (var store = SqliteStore.Open(path))
        {
            var embedder = new FakeEmbedder();
            first = [.. new SentenceEmbeddings(embedder, store).Get(sentences).Select(v => v.ToFloats())];
            Assert.Equal(3, embedder.Sentences);
            Assert.Equal(3, store.EmbeddingCount());
        }

        // A new process: nothing in memory, the store reopened.
        using (var store = SqliteStore.Open(path))
        {
            var embedder = new FakeEmbedder();
            var again = new SentenceEmbeddings(embedder, store).Get(sentences);

            Assert.Equal(0, embedder.Sentences);
            Assert.Equal(first, again.Select(v => v.ToFloats()));
        }
    }

    [Fact]
    public void Get_AVectorOfAnotherModelInTheStore_IsNotUsed()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder.Path, "stemma.db"));
        new SentenceEmbeddings(new FakeEmbedder()).Get(["x"]);
        store.SaveEmbeddings("another-model", [(Sketching.StableHash.Of("A sentence."), QuantizedVector.From([1f, 0f]))]);

        var embedder = new FakeEmbedder();
        new SentenceEmbeddings(embedder, store).Get(["A sentence."]);

        Assert.Equal(1, embedder.Sentences);
    }
}
