using Microsoft.Data.Sqlite;
using Stemma.Reading;
using Stemma.Stories;

namespace Stemma.Storage;

public class SqliteStoreSearchTests
{
    [Fact]
    public void SearchStories_FindsAStoryByAWordOfItsTitleOrText()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        store.Write([Article("a", 1, "Flood in Kelmora", "The river rose overnight."), Article("b", 2, "Orchestra season", "A new symphony opened.")], []);

        Assert.Equal([1L], store.SearchStories("kelmora"));
        Assert.Equal([2L], store.SearchStories("SYMPHONY"));
        Assert.Equal([1L], store.SearchStories("river overnight"));
        Assert.Empty(store.SearchStories("river symphony"));
    }

    [Fact]
    public void SearchStories_AfterAnArticleIsUpdatedFindsItsNewWordsAndNotItsOldOnes()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var ids = store.Write([Article("a", 1, "Flood", "The river rose overnight.")], []);

        store.Write([], [(ids[0], Article("a", 1, "Flood", "The dam held at dawn."))]);

        Assert.Empty(store.SearchStories("overnight"));
        Assert.Equal([1L], store.SearchStories("dawn"));
    }

    [Fact]
    public void WriteIngestBatch_IndexesItsNewArticlesInOneGoWhenTheIngestFinishesAndTheIndexMatchesTheArticles()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);

        store.WriteIngestBatch([Article("a", 1, "Flood in Kelmora", "The river rose overnight.")], [], [], 1);
        store.WriteIngestBatch([Article("b", 2, "Orchestra season", "A new symphony opened.")], [], [], 2);
        var whileWaiting = store.SearchStories("kelmora");
        store.FinishIngest();

        Assert.Empty(whileWaiting);
        Assert.Equal([1L], store.SearchStories("kelmora"));
        Assert.Equal([2L], store.SearchStories("symphony"));
        AssertSearchIndexMatchesArticles(path);
    }

    [Fact]
    public void WriteIngestBatch_LeavesTheInsertTriggerOnForOtherWritersAndUpdatesStayRight()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        store.WriteIngestBatch([Article("a", 1, "Flood", "The river rose overnight.")], [], [], 1);
        var id = store.Write([Article("c", 3, "Harvest", "The barley came in early.")], [])[0];

        store.WriteIngestBatch([Article("d", 4, "Election", "Turnout was high.")], [(id, Article("c", 3, "Harvest", "The wheat failed."))], [], 3);
        store.FinishIngest();

        Assert.Equal([3L], store.SearchStories("wheat"));
        Assert.Empty(store.SearchStories("barley"));
        Assert.Equal([4L], store.SearchStories("turnout"));
        Assert.Equal([1L], store.SearchStories("overnight"));
        AssertSearchIndexMatchesArticles(path);
    }

    [Fact]
    public void WriteIngestBatch_ThatReplacesAnArticleStillWaitingToBeIndexedKeepsTheIndexRight()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        store.WriteIngestBatch([Article("a", 1, "Flood", "The river rose overnight.") with { Id = 1 }], [], [], 1);

        store.WriteIngestBatch([], [(1, Article("a", 1, "Flood", "The dam held at dawn."))], [], 1);
        store.FinishIngest();

        Assert.Empty(store.SearchStories("overnight"));
        Assert.Equal([1L], store.SearchStories("dawn"));
        AssertSearchIndexMatchesArticles(path);
    }

    [Fact]
    public void Open_AStoreLeftWithArticlesWaitingToBeIndexedIndexesThem()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Write([Article("a", 1, "Flood", "The river rose overnight.")], []);
            store.WriteIngestBatch([Article("b", 2, "Orchestra season", "A new symphony opened.")], [], [], 2);
            // Stopped here, as by a kill: the ingest never finished.
        }

        using var reopened = SqliteStore.Open(path);

        Assert.Equal([1L], reopened.SearchStories("overnight"));
        Assert.Equal([2L], reopened.SearchStories("symphony"));
        AssertSearchIndexMatchesArticles(path);
    }

    [Theory]
    [InlineData("\" OR x", "\"OR\" \"x\"")]
    [InlineData("NEAR(a b)", "\"NEARa\" \"b\"")]
    [InlineData("kel* -river", "\"kel\" \"river\"")]
    [InlineData("l'eau d'été", "\"l'eau\" \"d'été\"")]
    [InlineData("***", "")]
    public void MatchExpression_QuotesEachWordSoQuerySyntaxIsReadAsWords(string query, string expected)
    {
        Assert.Equal(expected, SqliteStore.MatchExpression(query));
    }

    [Fact]
    public void SearchStories_AStoreFromBeforeTheIndexHasItFilledWhenOpened()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "old.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Write([Article("a", 1, "Flood in Kelmora", "The river rose overnight.")], []);
        }
        Execute(path, "DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_delete; DROP TRIGGER articles_search_update; DROP TABLE articles_search; DROP TABLE term_frequencies; DROP TABLE sentence_embeddings; DROP TABLE article_sentences; DELETE FROM meta WHERE key = 'term_frequencies'; UPDATE meta SET value = '1' WHERE key = 'schema_version'");

        using var reopened = SqliteStore.Open(path);

        Assert.Equal([1L], reopened.SearchStories("kelmora"));
    }

    [Fact]
    public void ChangeMark_ChangesWhenArticlesAreWrittenOrATreeIsSaved()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var empty = store.ChangeMark();
        store.Write([Article("a", 1, "Flood", "The river rose.")], []);
        var written = store.ChangeMark();
        store.SaveTree(1, [], []);

        Assert.NotEqual(empty, written);
        Assert.NotEqual(written, store.ChangeMark());
        Assert.Equal(store.ChangeMark(), store.ChangeMark());
    }

    private static ArticleWrite Article(string key, long storyId, string title, string text) => new()
    {
        Key = key,
        Document = new SourceDocument { Id = key, File = key + ".txt", Original = text, Format = DocumentFormat.PlainText, Source = "Wire" },
        Clean = text,
        Title = title,
        OriginalHash = "o" + key + text,
        ContentHash = "c" + key + text,
        Sentences = [new StoredSentence(0, text.Length, [1UL])],
        Features = new StoryFeatures([new(3, 1f)], null),
        StoryId = storyId,
        StoryScore = 0.5,
    };

    /// <summary>FTS5's own check of an external-content index against its table: throws when they differ.</summary>
    private static void AssertSearchIndexMatchesArticles(string path) =>
        Execute(path, "INSERT INTO articles_search (articles_search, rank) VALUES ('integrity-check', 1)");

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
