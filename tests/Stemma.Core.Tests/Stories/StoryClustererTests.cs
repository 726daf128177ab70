using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Stories;

public class StoryClustererTests
{
    private const string RehabA1 = "Actress Mara Quillon checked into the Harbourview treatment centre on Tuesday, her publicist Dane Ortell said. Quillon, 33, entered rehab after a difficult year. Ortell asked for privacy for Quillon and her family.";
    private const string RehabA2 = "Mara Quillon has entered the Harbourview treatment centre, publicist Dane Ortell confirmed. The 33-year-old Quillon went into rehab on Tuesday and her family supports her, Ortell said.";
    private const string RehabB1 = "Singer Tobin Varley was admitted to the Cliffside rehab clinic on Friday, his manager Lise Arcot said. Varley, 41, cancelled his tour dates. Arcot said Varley is grateful for support.";
    private const string RehabB2 = "Tobin Varley has checked into the Cliffside clinic for rehab, manager Lise Arcot said on Friday. The 41-year-old Varley cancelled the rest of his tour, Arcot said.";

    [Fact]
    public void Two_events_of_the_same_kind_become_two_stories()
    {
        var clusterer = new StoryClusterer();

        var a1 = clusterer.Assign(Features(RehabA1));
        var b1 = clusterer.Assign(Features(RehabB1));
        var a2 = clusterer.Assign(Features(RehabA2));
        var b2 = clusterer.Assign(Features(RehabB2));

        Assert.Equal(a1.StoryId, a2.StoryId);
        Assert.Equal(b1.StoryId, b2.StoryId);
        Assert.NotEqual(a1.StoryId, b1.StoryId);
        Assert.True(a1.IsNew && b1.IsNew && !a2.IsNew && !b2.IsNew);
    }

    [Fact]
    public void The_same_report_published_years_apart_falls_outside_the_time_window()
    {
        var clusterer = new StoryClusterer();

        var first = clusterer.Assign(Features(RehabA1, new DateTimeOffset(2008, 5, 6, 9, 0, 0, TimeSpan.Zero)));
        var later = clusterer.Assign(Features(RehabA2, new DateTimeOffset(2011, 5, 6, 9, 0, 0, TimeSpan.Zero)));
        var sameWeek = clusterer.Assign(Features(RehabA2, new DateTimeOffset(2008, 5, 7, 9, 0, 0, TimeSpan.Zero)));

        Assert.NotEqual(first.StoryId, later.StoryId);
        Assert.Equal(first.StoryId, sameWeek.StoryId);
    }

    [Fact]
    public void A_restored_clusterer_places_new_articles_as_the_original_would_and_numbers_new_stories_after_the_old()
    {
        var original = new StoryClusterer();
        var a = original.Assign(Features(RehabA1));
        var b = original.Assign(Features(RehabB1));
        var restored = new StoryClusterer();
        restored.Restore(a.StoryId, Features(RehabA1));
        restored.Restore(b.StoryId, Features(RehabB1));

        Assert.Equal(a.StoryId, restored.Assign(Features(RehabA2)).StoryId);
        Assert.True(restored.Assign(Features("Floods closed the northern railway line near Kelbrook for three days, the rail operator said.")).StoryId > b.StoryId);
    }

    [Fact]
    public void Removing_an_article_takes_it_out_of_its_story_profile()
    {
        var clusterer = new StoryClusterer();
        var story = clusterer.Assign(Features(RehabA1)).StoryId;
        var before = clusterer.Similarity(Features(RehabA2), story);

        clusterer.Remove(story, Features(RehabA1));

        Assert.True(before > 0.3);
        Assert.Equal(0, clusterer.Similarity(Features(RehabA2), story), 6);
    }

    [Fact]
    public void Names_weigh_more_than_ordinary_words_in_an_article_profile()
    {
        var features = Features("Police said Quillon left early. Police said the crowd left early.");
        var name = features.Terms.Single(t => t.Key == Sketching.StableHash.Of("quillon"));
        var word = features.Terms.Single(t => t.Key == Sketching.StableHash.Of("crowd"));

        Assert.Equal(StoryFeatures.NameBoost * word.Weight, name.Weight, 4);
    }

    internal static StoryFeatures Features(string text, DateTimeOffset? published = null)
    {
        var document = new SourceDocument { Id = "t", File = "t.txt", Original = text, Format = DocumentFormat.PlainText, Published = published };
        return StoryFeatures.Of(Segmenter.Segment(new ArticleExtractor().Extract(document).Articles[0]));
    }
}
