using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Sketching;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Pipeline;

public class IngestPreparationTests
{
    [Fact]
    public void The_samples_get_the_sentences_sketches_and_profiles_of_the_full_segmenter()
    {
        AssertSameAsSegmenter(new CorpusReader().Read([Repository.Samples]).Documents);
    }

    [SharedDataFact("seeds")]
    public void The_seed_articles_get_the_sentences_sketches_and_profiles_of_the_full_segmenter()
    {
        AssertSameAsSegmenter(new CorpusReader().Read([SharedData.Seeds!]).Documents);
    }

    [Fact]
    public void Years_names_numbers_stop_words_and_leading_punctuation_are_read_as_the_segmenter_reads_them()
    {
        var document = new SourceDocument
        {
            Id = "edge",
            File = "edge.txt",
            Format = DocumentFormat.PlainText,
            Published = new DateTimeOffset(2024, 5, 14, 9, 40, 0, TimeSpan.Zero),
            Original = "\"Kelbrook\" said in 2008 that 1,250 people (of 3,000) left; Mr. Ovan's 30-year-old plan cost £1.2 million.\n\n" +
            "— The UN, the U.S. and Varnia's minister Mirela Ostrova met on 27th March 1999. Ö Ångström was 5km away in 2200.",
        };

        AssertSameAsSegmenter([document]);
    }

    private static void AssertSameAsSegmenter(IReadOnlyList<SourceDocument> documents)
    {
        Assert.NotEmpty(documents);
        foreach (var article in new ArticleExtractor().ExtractAll(documents).Articles)
        {
            var segmented = Segmenter.Segment(article);
            var expectedSentences = segmented.Sentences.Select(s => (s.OriginalStart, s.OriginalLength, Bands: Bands(s))).ToList();
            var expectedProfile = StoryFeatures.Of(segmented);

            var (sentences, profile) = IngestPreparation.Prepare(article, SketchOptions.Default);

            Assert.Equal(expectedSentences.Count, sentences.Count);
            for (var i = 0; i < sentences.Count; i++)
            {
                Assert.Equal(expectedSentences[i], (sentences[i].OriginalOffset, sentences[i].OriginalLength, sentences[i].Bands), new SentenceComparer());
            }
            Assert.Equal(expectedProfile.Terms, profile.Terms);
            Assert.Equal(expectedProfile.Published, profile.Published);
        }
    }

    private static ulong[] Bands(Sentence sentence)
    {
        var hashes = sentence.Terms.Where(t => t.IsContent).Select(t => StableHash.Of(t.Stem)).ToArray();
        return hashes.Length == 0 ? [] : MinHashSketch.Create(hashes, SketchOptions.Default).BandKeys();
    }

    private sealed class SentenceComparer : IEqualityComparer<(int, int, ulong[])>
    {
        public bool Equals((int, int, ulong[]) x, (int, int, ulong[]) y) => x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((int, int, ulong[]) obj) => obj.Item1;
    }
}
