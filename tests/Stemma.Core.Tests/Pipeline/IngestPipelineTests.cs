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
    public void The_summary_says_stage_by_stage_where_the_time_went()
    {
        using var folder = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));

        var summary = new IngestPipeline(store).Run([Repository.Samples]);

        Assert.Equal(["start", "prepare", "cluster", "wait for prepared", "write", "wait for writer"], summary.Stages.Select(s => s.Stage));
        Assert.All(summary.Stages, s => Assert.InRange(s.Busy, TimeSpan.Zero, summary.Elapsed * Environment.ProcessorCount + TimeSpan.FromSeconds(1)));
        Assert.True(summary.Stages.Single(s => s.Stage == "prepare").Busy > TimeSpan.Zero);
        if (OperatingSystem.IsLinux())
        {
            Assert.All(summary.Stages.Where(s => s.Stage is "cluster" or "write"), s => Assert.InRange(s.Cpu!.Value, TimeSpan.FromTicks(1), s.Busy + TimeSpan.FromMilliseconds(50)));
        }
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

    [Fact]
    public void The_same_corpus_ingested_with_one_worker_and_with_two_gets_the_same_stories()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("in/feed.jsonl", MadeUpFeed(articles: 240, topics: 24));
        var options = new IngestOptions { BatchSize = 16 };

        var one = StoriesByKey(folder, "one.db", corpus, options with { Workers = 1 });
        var two = StoriesByKey(folder, "two.db", corpus, options with { Workers = 2 });

        Assert.Equal(240, one.Count);
        Assert.InRange(one.Values.Distinct().Count(), 12, 120);
        Assert.Equal(one, two);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1)]
    public void An_id_given_twice_keeps_the_later_text_wherever_the_batch_boundary_falls_and_says_so(int batchSize)
    {
        using var folder = new TempFolder();
        var feed = folder.Write("in/feed.jsonl",
            """
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook, the operator said."}
            {"id": "wire-2", "text": "The harbour festival in Tessaly drew twelve thousand visitors on Saturday."}
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook for three days, the operator said."}
            """);
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));

        var summary = new IngestPipeline(store, new IngestOptions { BatchSize = batchSize }).Run([feed]);

        Assert.Equal((3, 2), (summary.Read, summary.New));
        var article = Assert.Single(store.Find("wire-1"));
        Assert.Contains("three days", article.Original);
        Assert.Equal(2L, store.Counts().Articles);
        var replaced = Assert.Single(summary.Diagnostics, d => d.Reason.Contains("given again later") || d.Reason.Contains("given before"));
        Assert.Equal(batchSize == 1 ? 3 : 1, replaced.Line);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1)]
    public void Ingesting_a_feed_with_an_id_given_twice_again_changes_nothing_wherever_the_batch_boundary_falls(int batchSize)
    {
        using var folder = new TempFolder();
        var feed = folder.Write("in/feed.jsonl",
            """
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook, the operator said."}
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook for three days, the operator said."}
            """);
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var options = new IngestOptions { BatchSize = batchSize };
        new IngestPipeline(store, options).Run([feed]);

        var again = new IngestPipeline(store, options).Run([feed]);

        Assert.Equal((2, 0, 0, 2), (again.Read, again.New, again.Updated, again.Unchanged));
        Assert.Contains("three days", Assert.Single(store.Find("wire-1")).Original);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1)]
    public void A_stored_article_whose_id_a_feed_gives_twice_with_new_texts_is_one_update(int batchSize)
    {
        using var folder = new TempFolder();
        var old = folder.Write("a/feed.jsonl", """{"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook, the operator said."}""");
        var feed = folder.Write("b/feed.jsonl",
            """
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook for two days, the operator said."}
            {"id": "wire-2", "text": "The harbour festival in Tessaly drew twelve thousand visitors on Saturday."}
            {"id": "wire-1", "text": "Floods closed the northern railway near Kelbrook for three days, the operator said."}
            """);
        using var store = SqliteStore.Open(Path.Combine(folder.Path, "s.db"));
        var options = new IngestOptions { BatchSize = batchSize };
        new IngestPipeline(store, options).Run([old]);

        var summary = new IngestPipeline(store, options).Run([feed]);

        Assert.Equal((3, 1, 1, 1), (summary.Read, summary.New, summary.Updated, summary.Unchanged));
        Assert.Contains("three days", Assert.Single(store.Find("wire-1")).Original);
        Assert.Equal(2L, store.Counts().Articles);
    }

    [Fact]
    public void An_ingest_after_a_restart_places_articles_in_the_stories_the_store_already_holds()
    {
        using var folder = new TempFolder();
        var corpus = MadeUpFeed(articles: 120, topics: 12).Split('\n');
        var first = folder.Write("a/feed.jsonl", string.Join('\n', corpus[..60]));
        var second = folder.Write("b/feed.jsonl", string.Join('\n', corpus[60..]));
        var whole = StoriesByKey(folder, "whole.db", Path.Combine(folder.Path, "a"), IngestOptions.Default, also: Path.Combine(folder.Path, "b"));

        var path = Path.Combine(folder.Path, "parts.db");
        using (var store = SqliteStore.Open(path))
        {
            new IngestPipeline(store).Run([first]);
        }
        var parts = StoriesByKey(folder, "parts.db", second, IngestOptions.Default);

        Assert.Equal(whole, parts);
    }

    private static Dictionary<string, long> StoriesByKey(TempFolder folder, string db, string corpus, IngestOptions options, string? also = null)
    {
        using var store = SqliteStore.Open(Path.Combine(folder.Path, db));
        new IngestPipeline(store, options).Run(also is null ? [corpus] : [corpus, also]);
        var stories = new Dictionary<string, long>();
        foreach (var story in store.Stories())
        {
            foreach (var member in store.Members(story.Id))
            {
                stories[member.Key] = story.Id;
            }
        }
        return stories;
    }

    /// <summary>
    /// A feed of made-up articles (syllable words, no real text): each topic has names and words of its own,
    /// each article mixes twenty of its topic's words with common ones, two topics a day.
    /// </summary>
    private static string MadeUpFeed(int articles, int topics)
    {
        var random = new Random(11);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => "ka ro mi ten vel sa dor lin pe ston ri bal nu gor fe".Split(' ')[random.Next(15)]));
        var common = Enumerable.Range(0, 40).Select(_ => Word()).ToArray();
        var vocabulary = Enumerable.Range(0, topics).Select(_ => Enumerable.Range(0, 30).Select(_ => Word()).ToArray()).ToArray();
        var lines = new List<string>();
        for (var i = 0; i < articles; i++)
        {
            var topic = i % topics;
            var words = Enumerable.Range(0, 60).Select(n => n % 3 == 0 ? common[random.Next(common.Length)] : vocabulary[topic][random.Next(30)]);
            var text = string.Join(". ", words.Chunk(12).Select(c => char.ToUpperInvariant(c[0][0]) + string.Join(' ', c)[1..])) + ".";
            var published = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(topic / 2);
            lines.Add($$"""{"id": "a{{i}}", "published": "{{published:yyyy-MM-ddTHH:mm:ssZ}}", "text": "{{text}}"}""");
        }
        return string.Join('\n', lines);
    }
}
