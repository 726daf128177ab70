using Stemma.Pipeline;
using Stemma.Reading;
using Stemma.Storage;

namespace Stemma.Pipeline;

public class IngestPipelineTests
{
    [Fact]
    public void The_samples_become_three_stories_keeping_the_other_earthquake_and_the_festival_apart()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));

        var summary = new IngestPipeline(store).Run([Repository.Samples]);

        Assert.Equal((8, 8, 0, 0, 0), (summary.Read, summary.New, summary.Updated, summary.Unchanged, summary.Rejected));
        var stories = store.Stories();
        Assert.Equal([6, 1, 1], stories.Select(s => s.Size));
        var quake = store.Members(stories[0].Id).Select(a => a.Name).ToList();
        Assert.Equal(6, quake.Count(n => n.StartsWith('0')));
    }

    [Fact]
    public void Ingesting_the_same_files_again_changes_nothing()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        new IngestPipeline(store).Run([Repository.Samples]);

        var again = new IngestPipeline(store).Run([Repository.Samples]);

        Assert.Equal((8, 0, 0, 8), (again.Read, again.New, again.Updated, again.Unchanged));
        Assert.Equal((8L, 3L), store.Counts());
    }

    [Fact]
    public void A_changed_file_updates_its_article_in_place()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in/report.txt", "Source: Wire\n\nFloods closed the northern railway near Kelbrook, the operator said.");
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        new IngestPipeline(store).Run([file]);
        File.WriteAllText(file, "Source: Wire\n\nFloods closed the northern railway near Kelbrook for three days, the operator said.");

        var summary = new IngestPipeline(store).Run([file]);

        Assert.Equal((0, 1), (summary.New, summary.Updated));
        var article = Assert.Single(store.Find(file));
        Assert.Contains("three days", article.Original);
        Assert.Equal(1L, store.Counts().Articles);
    }

    [Fact]
    public void The_same_text_under_another_name_is_not_stored_twice()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/report.txt", "Floods closed the northern railway near Kelbrook, the operator said.");
        var copy = folder.Write("b/report-copy.txt", "Floods closed the northern railway near Kelbrook, the operator said.");
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));

        var summary = new IngestPipeline(store).Run([first, copy]);

        Assert.Equal((1, 1), (summary.New, summary.Unchanged));
        Assert.Contains(summary.Diagnostics, d => d.Reason.Contains("same text as the stored article"));
        Assert.Equal(1L, store.Counts().Articles);
    }

    [Fact]
    public void Bad_files_are_rejected_with_reasons_and_the_good_ones_stored()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", "Floods closed the northern railway near Kelbrook, the operator said.");
        folder.Write("in/empty.txt", "   \n");
        folder.WriteBytes("in/binary.txt", [0, 0, 0, 1, 2, 0, 0]);
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));

        var summary = new IngestPipeline(store).Run([Path.Combine(folder.Path, "in"), Path.Combine(folder.Path, "missing.txt")]);

        Assert.Equal((1, 3), (summary.New, summary.Rejected));
        Assert.Equal(3, summary.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Rejected));
        Assert.Equal(1L, store.Counts().Articles);
    }

    [Fact]
    public void An_article_is_known_by_its_own_id_when_it_has_one_and_by_its_full_path_otherwise()
    {
        var named = new SourceDocument { Id = "wire-123", File = "x/report.txt", Original = "t", Format = DocumentFormat.PlainText };
        var unnamed = named with { Id = "report" };
        var line = named with { Id = "feed:3", File = "x/feed.jsonl", Line = 3 };

        Assert.Equal("id:wire-123", IngestPipeline.KeyOf(named));
        Assert.Equal("file:" + Path.GetFullPath("x/report.txt"), IngestPipeline.KeyOf(unnamed));
        Assert.Equal("file:" + Path.GetFullPath("x/feed.jsonl") + ":3", IngestPipeline.KeyOf(line));
    }
}
