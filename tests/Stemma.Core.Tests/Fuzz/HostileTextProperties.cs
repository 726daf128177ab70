using FsCheck;
using FsCheck.Fluent;
using Stemma.Claims;
using Stemma.Extraction;
using Stemma.Pipeline;
using Stemma.Reading;
using Stemma.Text;

namespace Stemma.Fuzz;

/// <summary>
/// Property tests (FsCheck): for any text built from hostile pieces (quotes, reporting verbs, figures of
/// any size, abbreviations, markup, control characters, lone surrogates) the reader, the extractor, the
/// segmenter and the claims stages give a result or a diagnostic, never an exception. Seeded, so a failure
/// replays; FsCheck shrinks it to a small counter-example.
/// </summary>
public class HostileTextProperties
{
    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":", ";", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\0", "\u00a0", "\u200b", "\u202e", "\ufeff", "\ud800", "\udfff",
        "said", "told", "says", "according to", "saying", "who", "that", "and", "but", "he", "she", "they", "the", "a", "Mr.", "Dr.", "U.S.", "A.", "St.",
        "Horbach", "Maren", "Varnia", "Ministry", "police", "officials", "by Russian estimates", "as per",
        "0", "1", "214", "1,250", "1.5", "1e308", "99999999999999999999999999999999999999999999999", "-3", "five", "twenty-five", "million", "trillion", "a dozen", "1990s", "since 2001", "5km", "sq km", "%",
        "killed", "dead", "injured", "more than", "about", "people", "civilians", "children",
        "<p>", "</p>", "<div>", "<br>", "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<script>", "Title:", "Id:", "Published:", "-", "—", "…", "(", ")",
    ];

    private static readonly Config Seeded = Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(new Replay(new Rnd(20261130UL, 13UL), null));

    private static Arbitrary<string> HostileText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Join("", parts)).ToArbitrary();

    [Fact]
    public void Any_text_segments_and_yields_claims_without_an_exception()
    {
        Check.One(Seeded, Prop.ForAll(HostileText(), text =>
        {
            var document = new SourceDocument { Id = "p", File = "p.txt", Original = "Title: T\n\n" + text + " The council met.", Format = DocumentFormat.PlainText, BodyStart = 10 };
            var extracted = new ArticleExtractor().Extract(document);
            foreach (var article in extracted.Articles)
            {
                var member = new Provenance.StoryMember(1, "p", null, null, Segmenter.Segment(article));
                var claimText = new ClaimText(0, member);
                QuoteExtractor.Extract(claimText);
                NumberReader.Read(claimText, 2024);
                NameVariants.Find([claimText]);
                var claims = new ClaimsAnalyzer().Analyze([member, member with { Id = 2, Name = "q" }]);
                Assert.Empty(claims.Failures);
            }
        }));
    }

    [Fact]
    public void Any_html_extracts_without_an_exception()
    {
        Check.One(Seeded, Prop.ForAll(HostileText(), text =>
        {
            var document = new SourceDocument { Id = "h", File = "h.html", Original = "<html><body><p>" + text + "</p></body></html>", Format = DocumentFormat.Html };
            new ArticleExtractor().Extract(document);
        }));
    }

    [Fact]
    public void Any_file_bytes_are_read_as_documents_or_diagnostics()
    {
        using var folder = new TempFolder();
        var extensions = new[] { ".txt", ".html", ".jsonl" };
        var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
        var file = Gen.Zip(Gen.Elements(extensions), Gen.OneOf(bytes, HostileText().Generator.Select(t => System.Text.Encoding.UTF8.GetBytes(t)), HostileText().Generator.Select(JsonLine))).ToArbitrary();
        var n = 0;
        Check.One(Seeded, Prop.ForAll(file, input =>
        {
            var path = folder.WriteBytes($"f{n++}{input.Item1}", input.Item2);
            var result = new CorpusReader().Read([path]);
            Assert.True(result.Documents.Count > 0 || result.Diagnostics.Count > 0 || input.Item2.Length == 0 || input.Item1 == ".jsonl");
            new TextPipeline().Run([path]);
        }));
    }

    /// <summary>Hostile text as a JSON line, escaped the way a JSON writer would (so lone surrogates arrive as \ud800).</summary>
    private static byte[] JsonLine(string text)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is '"' or '\\' || c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return System.Text.Encoding.UTF8.GetBytes($"{{\"id\":\"{escaped}\",\"text\":\"{escaped}\"}}\n");
    }
}
