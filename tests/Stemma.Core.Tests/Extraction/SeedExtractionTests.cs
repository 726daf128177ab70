using Stemma.Reading;

namespace Stemma.Extraction;

/// <summary>
/// The founding example (../shared/seeds, read at test time): GOLD.md lists the boilerplate of each seed.
/// Extraction must remove exactly those lines and keep every other line of article text.
/// </summary>
public sealed class SeedExtractionTests
{
    private static readonly Dictionary<string, (string Reason, string Starts)[]> GoldBoilerplate = new()
    {
        ["000"] = [("author photo", "Photo of author"), ("byline", "By admin"), ("comment form", "Leave a Comment")],
        ["001"] = [("related-article link", "Related article:"), ("bare URL", "https://"), ("related-article link", "Related article:")],
        ["002"] = [("keyword line", ""), ("read-more link", "Read more:"), ("mobile-site switch", "Exit mobile version")],
        ["003"] = [("comment form", "Leave a Reply"), ("comment form", "Your email address will not be published.")],
        ["004"] = [],
    };

    private static IReadOnlyList<ExtractedArticle> ExtractSeeds()
    {
        var read = new CorpusReader().Read([SharedData.Seeds!]);
        Assert.Empty(read.Diagnostics);
        return new ArticleExtractor().ExtractAll(read.Documents).Articles;
    }

    [SharedDataFact("seeds")]
    public void Extract_EachSeed_RemovesExactlyTheBoilerplateGoldLists()
    {
        var articles = ExtractSeeds();

        Assert.Equal(5, articles.Count);
        foreach (var article in articles)
        {
            var expected = GoldBoilerplate[article.Document.Id[..3]];
            Assert.Equal(expected.Select(e => e.Reason), article.Removed.Select(r => r.Reason));
            Assert.All(expected.Zip(article.Removed), pair => Assert.StartsWith(pair.First.Starts, pair.Second.Text));
        }
    }

    [SharedDataFact("seeds")]
    public void Extract_EachSeed_KeepsEveryLineThatIsNotBoilerplate()
    {
        foreach (var article in ExtractSeeds())
        {
            var clean = Squeeze(article.Text);
            var removed = article.Removed.Select(r => r.Text).ToHashSet();
            var lines = article.Document.Original.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !removed.Contains(l));
            Assert.All(lines, line => Assert.Contains(Squeeze(line), clean));
        }
    }

    [SharedDataFact("seeds")]
    public void Extract_WrappedWireCopy_JoinsLinesAndRestoresSplitHyphens()
    {
        var wire = ExtractSeeds().Single(a => a.Document.Id.StartsWith("001", StringComparison.Ordinal));

        Assert.Contains("de-escalate", wire.Text);
        Assert.Contains("non-military", wire.Text);
        Assert.DoesNotContain("de- escalate", wire.Text);
        Assert.All(wire.Paragraphs, p => Assert.DoesNotContain('\n', wire.Text.Substring(p.Start, p.Length)));
        Assert.True(wire.Paragraphs.Count >= 25, $"expected the wire's ~28 paragraphs, got {wire.Paragraphs.Count}");
    }

    [SharedDataFact("seeds")]
    public void Segment_EverySeedSentence_SlicesTheSameTextOutOfTheOriginalFile()
    {
        foreach (var article in ExtractSeeds())
        {
            foreach (var sentence in Stemma.Text.Segmenter.Segment(article).Sentences)
            {
                var original = article.Document.Original.Substring(sentence.OriginalStart, sentence.OriginalLength);
                Assert.Equal(Letters(sentence.Text), Letters(original));
            }
        }
    }

    /// <summary>The text without whitespace and hyphens, which wrapping and rejoining may change.</summary>
    private static string Letters(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
