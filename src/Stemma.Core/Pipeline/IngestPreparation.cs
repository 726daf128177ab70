using System.Runtime.InteropServices;
using Stemma.Extraction;
using Stemma.Sketching;
using Stemma.Storage;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>
/// What ingest stores of an extracted article, straight from its text: each sentence's span in the original
/// and LSH band keys (a MinHash sketch of its content stems), and the story profile. The same sentences,
/// terms and profile as <see cref="Segmenter.Segment"/> then <see cref="StoryFeatures.Of"/> (a test holds them
/// equal), without building what ingest does not keep: term and sentence objects, sentence texts and numbers.
/// Segmentation was most of an ingest's CPU on long articles.
/// </summary>
internal static class IngestPreparation
{
    [ThreadStatic]
    private static List<Token>? _tokens;

    [ThreadStatic]
    private static List<ulong>? _hashes;

    [ThreadStatic]
    private static StoryFeatures.Builder? _profile;

    [ThreadStatic]
    private static List<SentenceSpan>? _spans;

    public static (List<StoredSentence> Sentences, StoryFeatures Features) Prepare(ExtractedArticle article, SketchOptions sketch)
    {
        var tokens = _tokens ??= [];
        var hashes = _hashes ??= [];
        var spans = _spans ??= [];
        var text = article.Text;
        var profile = _profile ??= new StoryFeatures.Builder();
        profile.Clear();
        var sentences = new List<StoredSentence>();
        foreach (var paragraph in article.Paragraphs)
        {
            spans.Clear();
            SentenceSplitter.Split(text, paragraph.Start, paragraph.Start + paragraph.Length, spans);
            foreach (var span in spans)
            {
                tokens.Clear();
                hashes.Clear();
                Tokenizer.Tokenize(text, span.Start, span.End, tokens);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    if (token.Kind == TokenKind.Word)
                    {
                        var forms = WordForms.Of(token.In(text));
                        if (!forms.IsStop)
                        {
                            var key = forms.StemKey;
                            hashes.Add(key);
                            profile.AddWord(key, forms.StemLength, StoryFeatures.IsName(token, i, forms.FoldedLength, text));
                        }
                    }
                    else if (token.Kind == TokenKind.Number)
                    {
                        // A number's stem is its folded form (mostly its own spelling, hashed without a copy).
                        var number = token.In(text);
                        var key = TextFolding.IsFolded(number) ? StableHash.Of(number) : StableHash.Of(TextFolding.Fold(number));
                        hashes.Add(key);
                        if (StoryFeatures.IsYear(token, text))
                        {
                            profile.AddYear(key);
                        }
                    }
                }
                var bands = hashes.Count == 0 ? [] : MinHashSketch.BandKeysOf(CollectionsMarshal.AsSpan(hashes), sketch);
                var (originalStart, originalLength) = article.Map.ToOriginal(span.Start, span.Length);
                sentences.Add(new StoredSentence(originalStart, originalLength, bands));
            }
        }
        return (sentences, profile.Build(article.Document.Published));
    }
}
