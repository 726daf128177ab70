using Stemma.Sketching;

namespace Stemma.Semantics;

/// <summary>Where embeddings outlive the process (the SQLite store): looked up by model and the sentence text's stable hash.</summary>
public interface IEmbeddingStore
{
    /// <summary>The stored vectors of these hashes (those found).</summary>
    IReadOnlyDictionary<ulong, QuantizedVector> LoadEmbeddings(string model, IReadOnlyCollection<ulong> hashes);

    /// <summary>Keeps these vectors (replacing a stored one of the same hash, which only a damaged row would be asked for again).</summary>
    void SaveEmbeddings(string model, IReadOnlyList<(ulong Hash, QuantizedVector Vector)> vectors);
}

/// <summary>
/// Every sentence's vector, embedded once: looked up in memory, then in the store (if any), and only what
/// neither holds is sent to the model, <see cref="BatchSize"/> sentences at a time, and kept in both. Keyed
/// by the sentence's text (its <see cref="StableHash"/> in the store), so a sentence repeated by many
/// copies of a wire story is embedded once, and re-analysing stored articles embeds nothing. Safe to call
/// from several threads: one at a time reaches the model, which uses every core itself.
/// </summary>
public sealed class SentenceEmbeddings
{
    private readonly ISentenceEmbedder _embedder;
    private readonly IEmbeddingStore? _store;
    private readonly Dictionary<string, QuantizedVector> _memory = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SentenceEmbeddings(ISentenceEmbedder embedder, IEmbeddingStore? store = null, int batchSize = 32, int maxInMemory = 200_000)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInMemory, 1);
        _embedder = embedder;
        _store = store;
        BatchSize = batchSize;
        MaxInMemory = maxInMemory;
    }

    /// <summary>Sentences sent to the model at once (default 32).</summary>
    public int BatchSize { get; }

    /// <summary>Characters of the sentences sent to the model at once, at most (default 4,000; a longer sentence goes alone).</summary>
    public int BatchChars { get; init; } = 4_000;

    /// <summary>Vectors kept in memory (about 0.5 KB each with their text) before the memory is emptied; the store keeps them all.</summary>
    public int MaxInMemory { get; }

    /// <summary>The model's name.</summary>
    public string Model => _embedder.Model;

    /// <summary>Sentences sent to the model so far (a sentence asked for again is not counted again).</summary>
    public long Embedded { get; private set; }

    /// <summary>The vectors of these sentences, in order.</summary>
    public QuantizedVector[] Get(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new QuantizedVector[sentences.Count];
        lock (_lock)
        {
            var missing = new List<int>();
            for (var i = 0; i < sentences.Count; i++)
            {
                if (_memory.TryGetValue(sentences[i], out var vector))
                {
                    vectors[i] = vector;
                }
                else
                {
                    missing.Add(i);
                }
            }
            if (missing.Count == 0)
            {
                return vectors;
            }
            if (_memory.Count + missing.Count > MaxInMemory)
            {
                _memory.Clear();
            }
            var texts = missing.Select(i => sentences[i]).Distinct(StringComparer.Ordinal).ToList();
            var found = Fetch(texts);
            foreach (var i in missing)
            {
                vectors[i] = found[sentences[i]];
            }
        }
        return vectors;
    }

    /// <summary>The vectors of distinct texts not in memory: from the store, else from the model (then saved).</summary>
    private Dictionary<string, QuantizedVector> Fetch(List<string> texts)
    {
        var found = new Dictionary<string, QuantizedVector>(StringComparer.Ordinal);
        var hashes = texts.Select(t => StableHash.Of(t)).ToList();
        var stored = _store?.LoadEmbeddings(Model, hashes.Distinct().ToList());
        var toEmbed = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (stored is not null && stored.TryGetValue(hashes[i], out var vector) && vector.Dimensions == _embedder.Dimensions)
            {
                Keep(texts[i], vector, found);
            }
            else
            {
                toEmbed.Add(i);
            }
        }
        var saved = new List<(ulong, QuantizedVector)>();
        foreach (var batch in Batches(toEmbed, texts))
        {
            var embedded = _embedder.Embed(batch.Select(i => texts[i]).ToArray());
            if (embedded.Length != batch.Length)
            {
                throw new InvalidOperationException($"the embedding model {Model} returned {embedded.Length} vectors for {batch.Length} sentences");
            }
            Embedded += batch.Length;
            for (var k = 0; k < batch.Length; k++)
            {
                var vector = QuantizedVector.From(embedded[k]);
                Keep(texts[batch[k]], vector, found);
                saved.Add((hashes[batch[k]], vector));
            }
        }
        if (saved.Count > 0)
        {
            _store?.SaveEmbeddings(Model, saved);
        }
        return found;
    }

    /// <summary>
    /// The texts to embed, shortest first, in batches of at most <see cref="BatchSize"/> sentences and
    /// <see cref="BatchChars"/> characters: a batch is padded to its longest sentence, and the model's work
    /// and memory grow with the square of that length (one 2,000-character sentence among 31 short ones
    /// made a 32 × 512-token batch; PAN's long documents took 2.3 GB so).
    /// </summary>
    private IEnumerable<int[]> Batches(List<int> indices, List<string> texts)
    {
        var batch = new List<int>();
        var chars = 0;
        foreach (var i in indices.OrderBy(i => texts[i].Length).ThenBy(i => i))
        {
            var length = Math.Min(texts[i].Length, BatchChars);
            if (batch.Count > 0 && (batch.Count == BatchSize || chars + length > BatchChars))
            {
                yield return [.. batch];
                batch.Clear();
                chars = 0;
            }
            batch.Add(i);
            chars += length;
        }
        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    private void Keep(string text, QuantizedVector vector, Dictionary<string, QuantizedVector> found)
    {
        found[text] = vector;
        _memory[text] = vector;
    }
}
