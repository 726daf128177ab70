using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Text;
using static Stemma.Extraction.ExtractionFixture;

namespace Stemma.Text;

public sealed class SegmenterTests
{
    private const string Wrapped =
        "Title: Dam holds\n\n" +
        "The regional council said on Monday that Mr. Okafor's team would be\n" +
        "inspecting the dam. Water rose 5km upstream and 1,250 homes were\n" +
        "evacuated. Five roads closed 🚧 near the river.\n";

    private static SegmentedArticle Segment(SourceDocument document) =>
        Segmenter.Segment(Assert.Single(new ArticleExtractor().Extract(document).Articles));

    [Fact]
    public void Segment_SentenceOffsets_SliceTheSameWordsOutOfTheOriginal()
    {
        var document = new CorpusReaderFixture().ReadText(Wrapped);
        var segmented = Segment(document);

        Assert.Equal(3, segmented.Sentences.Count);
        foreach (var sentence in segmented.Sentences)
        {
            var original = document.Original.Substring(sentence.OriginalStart, sentence.OriginalLength);
            Assert.Equal(Words(sentence.Text), Words(original));
        }
        Assert.EndsWith("team would be\ninspecting the dam.", document.Original.Substring(segmented.Sentences[0].OriginalStart, segmented.Sentences[0].OriginalLength));
    }

    [Fact]
    public void Segment_HtmlSentenceOffsets_SliceTheSameWordsOutOfTheSource()
    {
        var document = Html("<html><body><article><p>The dam <b>held</b> overnight. Engineers &amp; volunteers stayed.</p><p>Schools reopen on Wednesday.</p></article></body></html>");
        var segmented = Segment(document);

        Assert.Equal(3, segmented.Sentences.Count);
        Assert.Equal("The dam <b>held</b> overnight.", document.Original.Substring(segmented.Sentences[0].OriginalStart, segmented.Sentences[0].OriginalLength));
        Assert.Equal("Engineers &amp; volunteers stayed.", document.Original.Substring(segmented.Sentences[1].OriginalStart, segmented.Sentences[1].OriginalLength));
    }

    [Fact]
    public void Segment_Terms_CarryFoldedStemmedAndStopWordForms()
    {
        var segmented = Segment(PlainText("The councils were inspecting Baïramov's reports."));

        var terms = segmented.Sentences[0].Terms;
        Assert.True(terms[0].IsStop);
        Assert.Equal("council", terms[1].Stem);
        Assert.Equal("inspect", terms[3].Stem);
        Assert.Equal("bairamov", terms[4].Stem);
        Assert.Equal(["council", "inspect", "bairamov", "report"], segmented.Sentences[0].ContentStems);
    }

    [Fact]
    public void Segment_Numbers_AreReadWithTheirUnits()
    {
        var segmented = Segment(PlainText("Water rose 5km upstream, 1,250 homes and about thirty-five farms were hit, and 1.2 million litres spilled over 3 hours."));

        var numbers = segmented.Sentences[0].Numbers.Select(n => (n.Value, n.Unit)).ToList();
        Assert.Equal([(5d, "km"), (1250d, null), (35d, null), (1_200_000d, null), (3d, "hours")], numbers);
    }

    [Fact]
    public void ScalarOffsets_AfterAnEmoji_CountItAsOneCharacter()
    {
        var text = "Roads 🚧 closed";
        var scalars = new ScalarOffsets(text);

        Assert.Equal(9, text.IndexOf("closed", StringComparison.Ordinal));
        Assert.Equal(8, scalars.ToScalar(9));
        Assert.Equal((6, 1), scalars.ToScalar(6, 2));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Reads a .txt body through the real reader, so header handling is part of the check.</summary>
    private sealed class CorpusReaderFixture
    {
        public SourceDocument ReadText(string content)
        {
            using var folder = new TempFolder();
            var file = folder.Write("wrapped.txt", content);
            return Assert.Single(new CorpusReader().Read([file]).Documents);
        }
    }
}
