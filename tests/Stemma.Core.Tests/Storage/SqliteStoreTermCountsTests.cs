using Stemma.Reading;
using Stemma.Stories;

namespace Stemma.Storage;

public class SqliteStoreTermCountsTests
{
    [Fact]
    public void FlushTermFrequencies_WritesTheChangesOfEveryBatchSinceTheLastFlush()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using (var store = SqliteStore.Open(path))
        {
            var a = Article("a", [3, 5]);
            var b = Article("b", [5, 7]);
            store.WriteIngestBatch([a], [], [(a.Features, 1)], 1);
            store.WriteIngestBatch([b], [], [(b.Features, 1)], 2);
            var newB = Article("b", [7, 9]);
            store.WriteIngestBatch([], [(b.Id!.Value, newB)], [(b.Features, -1), (newB.Features, 1)], 2);
            store.FinishIngest();
        }

        using var reopened = SqliteStore.Open(path);
        var (documents, counts) = reopened.TermFrequencies();
        Assert.Equal(2, documents);
        Assert.Equal([(3UL, 1), (5UL, 1), (7UL, 1), (9UL, 1)], counts.OrderBy(c => c.Key));
    }

    [Fact]
    public void TermFrequencies_AfterAnIngestStoppedBeforeItsFlushAreRebuiltFromTheArticlesEvenWhenTheirNumberDidNotChange()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.db");
        using (var store = SqliteStore.Open(path))
        {
            var (a, b) = (Article("a", [3, 5]), Article("b", [5, 7]));
            store.WriteIngestBatch([a, b], [], [(a.Features, 1), (b.Features, 1)], 2);
            store.FinishIngest();
            var newB = Article("b", [7, 9]);
            store.WriteIngestBatch([], [(b.Id!.Value, newB)], [(b.Features, -1), (newB.Features, 1)], 2);
            // Stopped here: the replacement's changes were never written to the table, and the store still holds 2 articles.
        }

        using var reopened = SqliteStore.Open(path);
        var (documents, counts) = reopened.TermFrequencies();
        Assert.Equal(2, documents);
        Assert.Equal([(3UL, 1), (5UL, 1), (7UL, 1), (9UL, 1)], counts.OrderBy(c => c.Key));
    }

    private static ArticleWrite Article(string key, ulong[] terms) => new()
    {
        Id = key[0] - 'a' + 1,
        Key = key,
        Document = new SourceDocument { Id = key, File = key + ".txt", Original = key, Format = DocumentFormat.PlainText },
        Clean = key,
        OriginalHash = "o" + key + string.Join(",", terms),
        ContentHash = "c" + key + string.Join(",", terms),
        Sentences = [new StoredSentence(0, key.Length, [1UL])],
        Features = new StoryFeatures([.. terms.Select(t => new WeightedTerm(t, 1f))], null),
        StoryId = 1,
        StoryScore = 1,
    };
}
