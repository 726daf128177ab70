using System.Globalization;
using System.Text.Json;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>One clustered item: its name, its gold cluster and the story Stemma put it in.</summary>
public sealed record ClusteredItem(string Name, string Gold, string? GoldTopic, long Story);

/// <summary>Story clustering figures: at event level, and at topic level when the corpus has topics.</summary>
public sealed record StoryEvaluationResult(IReadOnlyList<ClusteredItem> Items, ClusteringScores Events, ClusteringScores? Topics);

/// <summary>
/// The story clustering gates: ECB+ (Cybulska &amp; Vossen 2014; two events of one kind per topic) and METER's
/// stories (one per day and catchline). Articles are clustered online in file order, as an ingest would.
/// </summary>
public static class StoryEvaluation
{
    /// <summary>ECB+ JSON lines <c>{doc, topic, subtopic, gold_cluster, text}</c>.</summary>
    public static StoryEvaluationResult RunEcb(string file, StoryClusteringOptions? options = null)
    {
        var records = new List<(string Doc, string Gold, string Topic, SegmentedArticle Article)>();
        foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0)
            {
                continue;
            }
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"{file}:{number}: not a JSON line ({error.Message})", error);
            }
            using var _ = json;
            var root = json.RootElement;
            JsonElement Field(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                    ? value
                    : throw new InvalidDataException($"{file}:{number}: not an ECB+ line (no '{name}'; each line needs doc, topic, gold_cluster and text)");
            var doc = Field("doc").ToString();
            var topic = Field("topic").ToString();
            var gold = Field("gold_cluster").ToString();
            var text = Field("text").ToString();
            records.Add((doc, gold, topic, Segment(doc, file, text, null)));
        }
        var stories = Cluster(records.Select(r => r.Article), options);
        var items = records.Select((r, i) => new ClusteredItem(r.Doc, r.Gold, r.Topic, stories[i])).ToList();
        return Score(items);
    }

    /// <summary>METER's <c>stories.tsv</c> (<c>file, origin, domain, date, catchline, story_cluster</c>); a text's date is its publication time.</summary>
    public static StoryEvaluationResult RunMeter(string directory, StoryClusteringOptions? options = null)
    {
        var rows = File.ReadAllLines(Path.Combine(directory, "stories.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var articles = new SegmentedArticle[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            var loaded = MeterEvaluation.LoadMeterText(Path.Combine(directory, row[0]), row[0]);
            var date = DateTimeOffset.ParseExact(row[3], "dd.MM.yy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            articles[i] = loaded with { Article = loaded.Article with { Document = loaded.Article.Document with { Published = date } } };
        });
        var stories = Cluster(articles, options);
        var items = rows.Select((r, i) => new ClusteredItem(r[0], r[5], null, stories[i])).ToList();
        return Score(items);
    }

    /// <summary>Scores clustered items at event level, and at topic level when they have topics.</summary>
    public static StoryEvaluationResult Score(IReadOnlyList<ClusteredItem> items)
    {
        var predicted = items.Select(i => i.Story).ToList();
        var events = ClusteringScores.Measure(items.Select(i => i.Gold).ToList(), predicted);
        var topics = items.All(i => i.GoldTopic is not null)
            ? ClusteringScores.Measure(items.Select(i => i.GoldTopic!).ToList(), predicted)
            : null;
        return new StoryEvaluationResult(items, events, topics);
    }

    private static long[] Cluster(IEnumerable<SegmentedArticle> articles, StoryClusteringOptions? options)
    {
        var clusterer = new StoryClusterer(options);
        return articles.Select(a => clusterer.Assign(StoryFeatures.Of(a)).StoryId).ToArray();
    }

    private static SegmentedArticle Segment(string id, string file, string text, DateTimeOffset? published)
    {
        var document = new SourceDocument { Id = id, File = file, Original = text, Format = DocumentFormat.PlainText, Published = published };
        var article = new ArticleExtractor().Extract(document).Articles.FirstOrDefault()
            ?? throw new InvalidDataException($"{file}: {id} has no article text");
        return Segmenter.Segment(article);
    }
}
