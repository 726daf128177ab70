using System.CommandLine;
using System.Globalization;
using Stemma.Alignment;
using Stemma.Semantics;
using Stemma.Storage;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>--embeddings</c> (and <c>--embedding-cosine C</c>): sentence pairs found by meaning (MiniLM) added to
/// the lexical ones, for <c>compare</c>, the <c>eval</c> tasks and <c>analyze</c>. Off by default: see the
/// README's "Meaning, not only words" for what it costs and where it pays.
/// </summary>
internal sealed class EmbeddingOption
{
    private readonly Option<bool> _embeddings = new("--embeddings")
    {
        Description = "Also pair sentences by meaning (MiniLM sentence embeddings, 384 dimensions): a target sentence no shared words pair is paired with its nearest source sentence when their cosine reaches --embedding-cosine. Loads a 90 MB model; slower.",
    };

    private readonly Option<double?> _cosine = new("--embedding-cosine")
    {
        Description = "With --embeddings: the cosine at or above which two sentences are paired by meaning (default 0.75).",
    };

    private readonly Option<string?> _store = new("--embedding-store")
    {
        Description = "With --embeddings: keep the sentence vectors in this store file (a Stemma store, created if missing), so comparing the same texts again embeds nothing.",
    };

    /// <summary>Adds the options; <paramref name="withStoreFile"/> for commands without a store of their own (analyze keeps vectors in its --db).</summary>
    public void AddTo(Command command, bool withStoreFile = true)
    {
        command.Options.Add(_embeddings);
        command.Options.Add(_cosine);
        if (withStoreFile)
        {
            command.Options.Add(_store);
        }
    }

    /// <summary>
    /// <paramref name="alignment"/> with the embedding pair source when asked for (its vectors kept in
    /// <paramref name="store"/> when given); null, with the reason written, when the option is unusable or
    /// the model cannot be loaded.
    /// </summary>
    public AlignmentOptions? Apply(ParseResult parse, Console2 console, AlignmentOptions alignment, IEmbeddingStore? store = null)
    {
        var cosine = parse.GetValue(_cosine);
        var file = parse.GetValue(_store);
        if (!parse.GetValue(_embeddings))
        {
            if (cosine is not null || file is not null)
            {
                console.Error.WriteLine($"{(cosine is not null ? "--embedding-cosine" : "--embedding-store")}: only with --embeddings");
                return null;
            }
            return alignment;
        }
        if (file is not null)
        {
            // Opened once now, so a path that cannot be a store is said before any comparison.
            try
            {
                using var opened = SqliteStore.Open(file);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"--embedding-store {file}: {error.Message}");
                return null;
            }
            store = new EmbeddingFile(file);
        }
        var options = SemanticPairOptions.Default;
        if (cosine is { } c)
        {
            if (!(c is > 0 and <= 1))
            {
                console.Error.WriteLine($"--embedding-cosine: {c.ToString(CultureInfo.InvariantCulture)} rejected: must be in (0, 1]");
                return null;
            }
            options = options with { MinCosine = c };
        }
        if (MiniLmEmbedder.TryLoad() is { } problem)
        {
            console.Error.WriteLine($"--embeddings: {problem}");
            return null;
        }
        return alignment with { ExtraPairs = new SemanticPairSource(new SentenceEmbeddings(MiniLmEmbedder.Shared, store), options) };
    }

    /// <summary>The embedding options as typed, when given (empty otherwise).</summary>
    public IEnumerable<string> Arguments(ParseResult parse)
    {
        if (parse.GetValue(_embeddings))
        {
            yield return "--embeddings";
        }
        if (parse.GetValue(_cosine) is { } cosine)
        {
            yield return "--embedding-cosine " + cosine.ToString(CultureInfo.InvariantCulture);
        }
        if (parse.GetValue(_store) is { } file)
        {
            yield return "--embedding-store " + file;
        }
    }

    /// <summary>A store file opened for each lookup and each save (a few per comparison), so nothing stays open when the command ends.</summary>
    private sealed class EmbeddingFile(string path) : IEmbeddingStore
    {
        public IReadOnlyDictionary<ulong, QuantizedVector> LoadEmbeddings(string model, IReadOnlyCollection<ulong> hashes)
        {
            using var store = SqliteStore.Open(path);
            return store.LoadEmbeddings(model, hashes);
        }

        public void SaveEmbeddings(string model, IReadOnlyList<(ulong Hash, QuantizedVector Vector)> vectors)
        {
            using var store = SqliteStore.Open(path);
            store.SaveEmbeddings(model, vectors);
        }
    }

    /// <summary>How many sentences the comparisons sent to the model, for a report (null without embeddings).</summary>
    public static string? Summary(AlignmentOptions alignment) =>
        alignment.ExtraPairs is SemanticPairSource semantic
            ? $"embeddings: {semantic.Embeddings.Embedded:N0} sentences embedded ({semantic.Embeddings.Model}), pairs at cosine >= {semantic.Options.MinCosine.ToString(CultureInfo.InvariantCulture)}"
            : null;
}
