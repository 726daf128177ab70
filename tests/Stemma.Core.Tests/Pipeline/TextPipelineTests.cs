namespace Stemma.Pipeline;

public sealed class TextPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteArticles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _folder.Write($"a{i}.txt", $"Title: Story {i}\n\nThe dam number {i} held overnight. Schools reopen on Wednesday, officials said.\n");
        }
    }

    [Fact]
    public void Stream_SmallFolder_GivesTheArticlesRunGivesInTheSameOrder()
    {
        WriteArticles(5);
        _folder.Write("broken.jsonl", "{not json}\n");

        var pipeline = new TextPipeline();
        var streamed = pipeline.Stream([_folder.Path]).ToList();
        var whole = pipeline.Run([_folder.Path]);

        Assert.Single(streamed);
        Assert.Equal(whole.Articles.Select(a => a.Article.Text), streamed.SelectMany(b => b.Articles).Select(a => a.Article.Text));
        Assert.Equal(whole.Diagnostics.Count, streamed.Sum(b => b.Diagnostics.Count));
    }

    [Fact]
    public void Stream_MoreDocumentsThanABatch_CutsBatchesInInputOrder()
    {
        WriteArticles(5);

        var batches = new TextPipeline(new TextPipelineOptions { BatchDocuments = 2 }).Stream([_folder.Path]).ToList();

        Assert.Equal([2, 2, 1], batches.Select(b => b.Articles.Count));
        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], batches.SelectMany(b => b.Articles).Select(a => a.Article.Document.Id));
    }

    [Fact]
    public void Stream_BatchCharsReached_EndsTheBatch()
    {
        WriteArticles(3);

        var batches = new TextPipeline(new TextPipelineOptions { BatchChars = 1 }).Stream([_folder.Path]).ToList();

        Assert.Equal([1, 1, 1], batches.Select(b => b.Articles.Count));
    }

    [Fact]
    public void Options_BatchOfNoDocuments_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextPipeline(new TextPipelineOptions { BatchDocuments = 0 }));
}
