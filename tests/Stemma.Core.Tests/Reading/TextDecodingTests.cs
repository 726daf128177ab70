using System.Text;

namespace Stemma.Reading;

public sealed class TextDecodingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Cp1252(string text) => TextDecoding.Windows1252.GetBytes(text);

    private static string Decode(byte[] bytes, bool isHtml = true, string? declared = null) =>
        TextDecoding.Decode(bytes, isHtml, declared, out _)!.Text;

    [Fact]
    public void Decode_PageDeclaringIso88591InMeta_ReadsItAsWindows1252()
    {
        var page = Cp1252("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Grüße aus Köln – “so” €5</p></body></html>");

        Assert.Contains("Grüße aus Köln – “so” €5", Decode(page));
    }

    [Fact]
    public void Decode_PageWithMetaCharsetWindows1252_UsesIt()
    {
        var page = Cp1252("<meta charset='windows-1252'><p>Café</p>");

        Assert.Contains("Café", Decode(page));
    }

    [Fact]
    public void Decode_XmlDeclarationNamesTheEncoding_UsesIt()
    {
        var page = Cp1252("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><html><p>naïve</p></html>");

        Assert.Contains("naïve", Decode(page));
    }

    [Fact]
    public void Decode_UndeclaredPageThatIsNotUtf8_FallsBackToWindows1252()
    {
        Assert.Contains("Ålesund", Decode(Cp1252("<p>Ålesund</p>")));
    }

    [Fact]
    public void Decode_StaleLatin1DeclarationOnAUtf8Page_KeepsUtf8()
    {
        var page = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Grüße</p>");

        Assert.Contains("Grüße", Decode(page));
    }

    [Fact]
    public void Decode_HttpHeaderCharset_WinsOverGuessing()
    {
        var page = Encoding.GetEncoding("iso-8859-7").GetBytes("<p>Αθήνα</p>");

        Assert.Contains("Αθήνα", Decode(page, declared: "ISO-8859-7"));
    }

    [Fact]
    public void Decode_Utf16ByteOrderMark_IsHonoured()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zürich")];

        Assert.Equal("Zürich", Decode(bytes, isHtml: false));
    }

    [Fact]
    public void Read_TextFileInWindows1252_IsReadWithAWarningNotRejected()
    {
        var file = _folder.WriteBytes("meter.txt", Cp1252("The fine was £250 – paid “in full”."));

        var result = new CorpusReader().Read([file]);

        Assert.Equal("The fine was £250 – paid “in full”.", Assert.Single(result.Documents).Original);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("windows-1252", warning.Reason);
    }

    [Fact]
    public void Read_HtmlInLatin1_OffsetsCountDecodedCharacters()
    {
        var file = _folder.WriteBytes("page.html", Cp1252("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Müller sagte, die Straße sei gesperrt worden.</p></body></html>"));

        var document = Assert.Single(new CorpusReader().Read([file]).Documents);
        var article = Assert.Single(new Extraction.ArticleExtractor().Extract(document).Articles);

        var (start, length) = article.Map.ToOriginal(article.Text.IndexOf("Straße", StringComparison.Ordinal), 6);
        Assert.Equal("Straße", document.Original.Substring(start, length));
    }
}
