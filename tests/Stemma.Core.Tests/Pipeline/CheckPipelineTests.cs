using Microsoft.Data.Sqlite;
using Stemma.Pipeline;
using Stemma.Storage;

namespace Stemma.Pipeline;

public sealed class CheckPipelineTests
{
    private const string Wire =
        "Title: Flood waters rise in Kelmora valley\nSource: Northwire\nPublished: 2024-03-02T08:00:00Z\n\n" +
        "Flood waters rose overnight in the Kelmora valley, forcing nearly 3,000 residents from their homes, the regional governor said on Saturday.\n\n" +
        "Rescue crews used boats to reach families stranded on rooftops near the old mill, and the army sent two helicopters to the area.\n\n" +
        "Forecasters expect more rain until Tuesday, and engineers are checking the Kelmora dam for cracks after the water reached its crest.\n";

    private const string Rewrite =
        "Nearly 3,000 residents of the Kelmora valley were forced from their homes as flood waters rose overnight, the regional governor said Saturday.\n\n" +
        "Rescue crews used boats to reach families stranded on rooftops near the old mill, and the army sent two helicopters to the area.\n\n" +
        "A local shopkeeper said she had never seen anything like it in forty years.\n";

    [Fact]
    public void Check_FindsTheStoredArticleATextTakesFromAndStoresNothing()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);

        var result = new CheckPipeline().Check(store, Rewrite);

        Assert.Null(result.Error);
        Assert.False(result.TimedOut);
        Assert.Equal("wire", Assert.Single(result.Sources).Article.Name);
        Assert.NotEmpty(result.Sources[0].Comparison.Passages);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public void Check_StopsWhenItsTimeRunsOutAndSaysSo()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);

        var result = new CheckPipeline().Check(store, Rewrite, new CancellationToken(canceled: true));

        Assert.True(result.TimedOut);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Check_OutOfTimeIsWrittenWithoutAVerdictRatherThanWithAWrongOne()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);

        var json = Reports.CheckJson.Result(new CheckPipeline().Check(store, Rewrite, new CancellationToken(canceled: true)));

        Assert.True((bool)json["timedOut"]!);
        Assert.Null(json["verdict"]);
        Assert.Null(json["coverage"]);
    }

    [Fact]
    public void Check_ATextWithNothingInItIsADiagnosticNotAnException()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);

        Assert.NotNull(new CheckPipeline().Check(store, "   \n  ").Error);
    }

    [Fact]
    public void Check_OnAReadOnlyStoreWithManyOtherStoriesFindsTheSourceAmongThem()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"in/other-{i:D2}.txt", $"Source: Wire\n\nThe council of Varn{i} district voted on the budget for the harbour number {i}, with {100 + i} members present.");
        }
        using (Store(folder))
        {
        }
        using var store = SqliteStore.OpenReadOnly(Path.Combine(folder.Path, "check.db"));

        var result = new CheckPipeline().Check(store, Rewrite);

        Assert.Equal("wire", Assert.Single(result.Sources).Article.Name);
    }

    [Fact]
    public void Check_WithADamagedProfileInACandidateStoryNamesTheRowAndStillAnswers()
    {
        using var folder = new TempFolder();
        folder.Write("in/wire-copy.txt", Wire.Replace("Flood waters rose overnight", "Waters rose overnight", StringComparison.Ordinal).Replace("Title: Flood waters rise", "Title: Waters rise", StringComparison.Ordinal));
        var db = Path.Combine(folder.Path, "check.db");
        using (var writer = Store(folder))
        {
            Assert.Single(writer.Stories());
        }
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE articles SET features = x'010203' WHERE name = 'wire-copy'";
            Assert.Equal(1, damage.ExecuteNonQuery());
        }
        using var store = SqliteStore.OpenReadOnly(db);

        var result = new CheckPipeline().Check(store, Rewrite);

        Assert.Null(result.Error);
        Assert.Contains(result.Sources, s => s.Article.Name == "wire");
        Assert.Contains(store.Problems, p => p.Contains("unreadable", StringComparison.Ordinal));
    }

    private static SqliteStore Store(TempFolder folder)
    {
        folder.Write("in/wire.txt", Wire);
        var store = SqliteStore.Open(Path.Combine(folder.Path, "check.db"));
        new IngestPipeline(store).Run([Path.Combine(folder.Path, "in")]);
        return store;
    }
}
