using Stemma.Extraction;
using Stemma.Pipeline;
using Stemma.Provenance;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Claims;

/// <summary>Articles made from short texts, and stories read back from a store, for the claims tests.</summary>
internal static class ClaimsFixture
{
    public static StoryMember Member(string text, string name = "a", int id = 1) =>
        new(id, name, null, null, Segmenter.Segment(ExtractionFixture.Extract(ExtractionFixture.PlainText(text, name))));

    public static ClaimText Article(string text, string name = "a") => new(0, Member(text, name));

    public static List<ExtractedQuote> Quotes(string text) => QuoteExtractor.Extract(Article(text));

    public static List<ReadNumber> Numbers(string text, int publishedYear = int.MaxValue) => NumberReader.Read(Article(text), publishedYear);

    public static List<StoryMember> Story(params string[] texts) => [.. texts.Select((t, i) => Member(t, $"a{i}", i + 1))];

    /// <summary>The members of the story holding <paramref name="member"/>, after ingesting <paramref name="folder"/>.</summary>
    public static List<StoryMember> StoryOf(string folder, string member)
    {
        using var temp = new TempFolder();
        using var store = SqliteStore.Open(System.IO.Path.Combine(temp.Path, "s.db"));
        new IngestPipeline(store).Run([folder]);
        var story = Assert.Single(store.Find(member)).StoryId;
        return [.. new TreePipeline(store).Members(story)];
    }
}
