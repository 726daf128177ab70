using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

public class SqliteStoreSentencesTests
{
    [Fact]
    public void Sentences_of_an_article_are_read_back_in_order_with_their_spans_and_bands()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        StoredSentence[] sentences = [new(0, 12, [ulong.MaxValue, 1UL]), new(13, 0, []), new(14, 200, [7UL, 8UL, 9UL])];
        var article = SqliteStoreTests.Article("a", storyId: 1) with { Sentences = sentences };
        var empty = SqliteStoreTests.Article("b", storyId: 1) with { Sentences = [] };

        var ids = store.Write([article, empty], []);

        Assert.Equal(Shown(sentences), Shown(store.Sentences(ids[0])));
        Assert.Empty(store.Sentences(ids[1]));
    }

    [Fact]
    public void An_article_stored_with_a_row_per_sentence_is_read_and_a_new_version_replaces_those_rows()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        var id = store.Write([SqliteStoreTests.Article("a", storyId: 1)], [])[0];
        // As a store from before article_sentences holds it.
        Execute(path,
            $"""
            DELETE FROM article_sentences WHERE article_id = {id};
            INSERT INTO sentences (article_id, ordinal, original_offset, original_length, sketch) VALUES ({id}, 1, 20, 3, x'0200000000000000'), ({id}, 0, 13, 6, x'0100000000000000');
            """);

        Assert.Equal(["13+6:1", "20+3:2"], Shown(store.Sentences(id)));

        store.Write([], [(id, SqliteStoreTests.Article("a", storyId: 1) with { Sentences = [new(13, 10, [5UL])] })]);

        Assert.Equal(["13+10:5"], Shown(store.Sentences(id)));
        Assert.Equal(0L, Count(path, $"SELECT count(*) FROM sentences WHERE article_id = {id}"));
    }

    private static string[] Shown(IEnumerable<StoredSentence> sentences) =>
        [.. sentences.Select(s => $"{s.OriginalOffset}+{s.OriginalLength}:{string.Join(",", s.Bands)}")];

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
