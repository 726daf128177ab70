using Stemma.Semantics;

namespace Stemma.Storage;

/// <summary>Sentence embeddings kept with the articles (<see cref="SentenceEmbeddings"/> looks here before embedding).</summary>
public sealed partial class SqliteStore : IEmbeddingStore
{
    /// <summary>Hashes looked up per query (SQLite's parameter limit is far above; a bound keeps each statement small).</summary>
    private const int EmbeddingLookupChunk = 500;

    public IReadOnlyDictionary<ulong, QuantizedVector> LoadEmbeddings(string model, IReadOnlyCollection<ulong> hashes)
    {
        var found = new Dictionary<ulong, QuantizedVector>();
        foreach (var chunk in hashes.Chunk(EmbeddingLookupChunk))
        {
            var names = chunk.Select((_, i) => "$h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var parameters = chunk.Select((h, i) => (names[i], (object?)unchecked((long)h))).Prepend(("$m", model)).ToArray();
            using var command = Command($"SELECT text_hash, scale, vector FROM sentence_embeddings WHERE model = $m AND text_hash IN ({string.Join(',', names)})", null, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // A damaged row (wrong type) is skipped: the sentence is embedded again and the row replaced.
                if (reader.GetFieldType(2) != typeof(byte[]) || reader.IsDBNull(1))
                {
                    continue;
                }
                found[unchecked((ulong)reader.GetInt64(0))] = QuantizedVector.FromBytes((byte[])reader.GetValue(2), (float)reader.GetDouble(1));
            }
        }
        return found;
    }

    public void SaveEmbeddings(string model, IReadOnlyList<(ulong Hash, QuantizedVector Vector)> vectors)
    {
        if (IsReadOnly || vectors.Count == 0)
        {
            return;
        }
        using var transaction = _connection.BeginTransaction();
        using var command = Command("INSERT OR REPLACE INTO sentence_embeddings (model, text_hash, scale, vector) VALUES ($m, $h, $s, $v)", transaction,
            ("$m", model), ("$h", 0L), ("$s", 0.0), ("$v", Array.Empty<byte>()));
        foreach (var (hash, vector) in vectors)
        {
            command.Parameters["$h"].Value = unchecked((long)hash);
            command.Parameters["$s"].Value = (double)vector.Scale;
            command.Parameters["$v"].Value = vector.Bytes();
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Vectors stored (all models).</summary>
    public long EmbeddingCount() => (long)Scalar("SELECT count(*) FROM sentence_embeddings")!;
}
