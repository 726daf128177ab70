using Microsoft.Data.Sqlite;
using Stemma.Semantics;

namespace Stemma.Storage;

public sealed class SqliteStoreEmbeddingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadEmbeddings_GivesBackWhatWasSaved_ForItsModelOnly()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder.Path, "s.db"));
        var vector = QuantizedVector.From([0.5f, -0.25f, 0.125f, -1f]);
        store.SaveEmbeddings("m", [(ulong.MaxValue, vector), (7UL, vector)]);

        var found = store.LoadEmbeddings("m", [ulong.MaxValue, 7UL, 8UL]);

        Assert.Equal([7UL, ulong.MaxValue], found.Keys.Order());
        Assert.Equal(vector.ToFloats(), found[ulong.MaxValue].ToFloats());
        Assert.Empty(store.LoadEmbeddings("other", [7UL]));
    }

    [Fact]
    public void LoadEmbeddings_ADamagedRow_IsLeftOutSoTheSentenceIsEmbeddedAgain()
    {
        var path = Path.Combine(_folder.Path, "s.db");
        using (var store = SqliteStore.Open(path))
        {
            store.SaveEmbeddings("m", [(1UL, QuantizedVector.From([1f, 0f]))]);
        }
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO sentence_embeddings VALUES ('m', 2, 0.1, 'not a vector')";
            command.ExecuteNonQuery();
        }

        using var reopened = SqliteStore.Open(path);

        Assert.Equal([1UL], reopened.LoadEmbeddings("m", [1UL, 2UL]).Keys);
    }
}
