namespace Stemma.Storage;

public class SqliteStoreCheckpointsTests
{
    [Fact]
    public void Requested_checkpoints_copy_committed_writes_into_the_store_file_before_it_closes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        store.TuneForBatchWrites();
        var before = new FileInfo(path).Length;

        using (var checkpoints = store.CheckpointInBackground())
        {
            for (var i = 0; i < 20; i++)
            {
                store.Write([Large($"a{i}")], []);
                checkpoints.Request();
            }
        }

        // Without them the log would keep every page until the store closes (batch writes checkpoint past 64 MB).
        Assert.True(new FileInfo(path).Length > before + 400_000, $"store file {new FileInfo(path).Length} bytes, {before} before the writes");
    }

    [Fact]
    public void After_background_checkpoints_the_connection_checkpoints_by_its_own_setting_again()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using var store = SqliteStore.Open(path);
        var before = new FileInfo(path).Length;

        store.CheckpointInBackground().Dispose();
        for (var i = 0; i < 300; i++)
        {
            store.Write([Large($"a{i}")], []);
        }

        // SQLite's default checkpoints the log past 1,000 pages (4 MB); left at 0, the file would not grow.
        Assert.True(new FileInfo(path).Length > before + 4_000_000, $"store file {new FileInfo(path).Length} bytes, {before} before the writes");
    }

    /// <summary>An article of about 40 KB (its text twice: the article and the search index).</summary>
    private static ArticleWrite Large(string key)
    {
        var article = SqliteStoreTests.Article(key, storyId: 1);
        var text = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => $"w{key}x{i}"));
        return article with { Clean = text, Document = article.Document with { Original = text, BodyStart = 0 } };
    }
}
