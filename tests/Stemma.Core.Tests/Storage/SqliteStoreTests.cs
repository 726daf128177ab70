using Microsoft.Data.Sqlite;
using Stemma.Reading;
using Stemma.Storage;
using Stemma.Stories;

namespace Stemma.Storage;

public class SqliteStoreTests
{
    [Fact]
    public void A_new_store_is_created_at_the_current_schema_version_in_wal_mode()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "new.db");

        using (var store = SqliteStore.Open(path))
        {
            Assert.Equal(StoreSchema.Current, store.SchemaVersion);
            Assert.Equal((0L, 0L), store.Counts());
        }
        Assert.Equal("wal", Pragma(path, "journal_mode"));
    }

    [Fact]
    public void A_store_opened_read_only_reads_its_articles_and_refuses_writes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "ro.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Write([Article("k1", storyId: 1)], []);
        }

        using var reader = SqliteStore.OpenReadOnly(path);
        Assert.True(reader.IsReadOnly);
        Assert.Single(reader.Find("k1"));
        Assert.ThrowsAny<SqliteException>(() => reader.Write([Article("k2", storyId: 1)], []));
    }

    [Fact]
    public void Opening_a_missing_store_read_only_says_so_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing.db");

        var error = Assert.Throws<InvalidDataException>(() => SqliteStore.OpenReadOnly(path));

        Assert.Contains("no such store", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Articles_written_are_read_back_after_reopening()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        long id;
        using (var store = SqliteStore.Open(path))
        {
            id = store.Write([Article("k1", storyId: 4)], [])[0];
        }

        using var reopened = SqliteStore.Open(path);
        var article = Assert.Single(reopened.Find("k1"));
        Assert.Equal((id, 4L, "Wire", "Header line\n\nBody text."), (article.Id, article.StoryId, article.Source, article.Original));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 40, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(Terms, Assert.Single(reopened.MemberProfiles(4, limit: 10)).Terms);
        Assert.Equal([11UL, 12UL], Assert.Single(reopened.Sentences(id)).Bands);
        var story = Assert.Single(reopened.Stories());
        Assert.Equal((4L, 1, true), (story.Id, story.Size, story.Dirty));
    }

    [Fact]
    public void An_update_that_moves_an_article_removes_the_story_it_leaves_empty()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var id = store.Write([Article("k1", storyId: 1)], [])[0];

        store.Write([], [(id, Article("k1", storyId: 2))]);

        Assert.Equal([2L], store.Stories().Select(s => s.Id));
        Assert.Equal((1L, 1L), store.Counts());
    }

    [Fact]
    public void Saving_a_tree_marks_its_story_fresh_and_keeps_its_edges_and_reasons()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var ids = store.Write([Article("a", 1), Article("b", 1)], []);
        var passage = new StoredPassage(0, 5, 2, 5, "verbatim", 1);

        store.SaveTree(1, [new AlignmentRecord(ids[1], ids[0], Judgement.Verdict.Wholly, 0.9, [passage])], [new EdgeRecord(ids[0], ids[1], EdgeKind.Derived, Judgement.Verdict.Wholly, 0.9, ["a was published first"])]);

        Assert.False(Assert.Single(store.Stories()).Dirty);
        Assert.Equal(["a was published first"], Assert.Single(store.Edges(1)).Reasons);
        Assert.Equal(passage, Assert.Single(Assert.Single(store.AlignmentsOf(ids[1])).Passages));
    }

    [Fact]
    public void A_store_written_by_a_newer_stemma_is_refused_with_the_versions()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "future.db");
        SqliteStore.Open(path).Dispose();
        Execute(path, $"UPDATE meta SET value = '{StoreSchema.Current + 1}' WHERE key = 'schema_version'");

        var error = Assert.Throws<InvalidDataException>(() => SqliteStore.Open(path));

        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public void An_sqlite_file_of_another_program_is_refused_and_left_untouched()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "other.db");
        Execute(path, "CREATE TABLE notes (text TEXT)");

        var error = Assert.Throws<InvalidDataException>(() => SqliteStore.Open(path));

        Assert.Contains("not a Stemma store", error.Message);
        Assert.Equal(0L, Count(path, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'"));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", "just some text, long enough to be read as a database header and refused");

        Assert.Throws<InvalidDataException>(() => SqliteStore.Open(path));
    }

    private static readonly WeightedTerm[] Terms = [new(3, 1.5f), new(9, 2f)];

    internal static ArticleWrite Article(string key, long storyId) => new()
    {
        Key = key,
        Document = new SourceDocument
        {
            Id = key, File = key + ".txt", Original = "Header line\n\nBody text.", Format = DocumentFormat.PlainText, BodyStart = 13,
            Source = "Wire", Published = new DateTimeOffset(2024, 5, 14, 9, 40, 0, TimeSpan.Zero),
        },
        Clean = "Body text.",
        OriginalHash = "o" + key,
        ContentHash = "c" + key,
        Sentences = [new StoredSentence(13, 10, [11UL, 12UL])],
        Features = new StoryFeatures(Terms, null),
        StoryId = storyId,
        StoryScore = 0.5,
    };

    private static string Pragma(string path, string name) => (string)Scalar(path, $"PRAGMA {name}")!;

    private static void Execute(string path, string sql) => Scalar(path, sql);

    private static long Count(string path, string sql) => (long)Scalar(path, sql)!;

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
