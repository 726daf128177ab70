using Stemma.Storage;

namespace Stemma.Pipeline;

public class TreePipelineTests
{
    [Fact]
    public void Regression_readonly_database_a_stale_tree_is_drawn_in_memory_and_not_written()
    {
        // `story` and `trace` died with "attempt to write a readonly database" redrawing a stale tree.
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "s.db");
        long story;
        using (var writable = SqliteStore.Open(db))
        {
            new IngestPipeline(writable).Run([Repository.Samples]);
            story = writable.Stories()[0].Id;
        }
        using var store = SqliteStore.OpenReadOnly(db);
        var pipeline = new TreePipeline(store);

        var (edges, drawn) = pipeline.Current(story, stale: true, pipeline.Members(story));

        Assert.NotEmpty(edges);
        Assert.NotNull(drawn);
        Assert.Equal(0, pipeline.RefreshStale());
        Assert.True(store.Stories([story])[0].Dirty);
        Assert.Empty(store.Edges(story));
    }

    [Fact]
    public void ArticleGuard_turns_an_unexpected_exception_into_a_failure_naming_item_stage_and_type()
    {
        var failures = new List<ArticleFailure>();

        var result = ArticleGuard.Run<int>("a1", "claims (quotes)", () => throw new IndexOutOfRangeException("boom"), -1, failures);

        Assert.Equal(-1, result);
        Assert.Equal("a1: skipped: claims (quotes) failed (IndexOutOfRangeException: boom)", Assert.Single(failures).ToString());
    }
}
