using System.IO.Compression;
using System.Text;

namespace Stemma.Reading;

public sealed class WarcReadingTests : IDisposable
{
    private static readonly DateTimeOffset Fetched = new(2024, 5, 14, 9, 40, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Page(string sentence) =>
        $"<html><head><title>T</title></head><body><article><p>{sentence}</p><p>Officials said the work would go on through the week.</p></article></body></html>";

    private static void Response(Stream output, bool gzip, string uri, string contentType, byte[] body, int status = 200) =>
        WarcRecordWriter.Write(output, WarcRecordWriter.ResponseHeaders(uri, Fetched, Guid.Empty.ToString()), WarcRecordWriter.HttpResponse(contentType, body, status), gzip);

    private static void Request(Stream output, bool gzip, string uri) =>
        WarcRecordWriter.Write(output, [new("WARC-Type", "request"), new("WARC-Target-URI", uri)], "GET / HTTP/1.1\r\n\r\n"u8, gzip);

    /// <summary>A crawl as Common Crawl's news crawl writes it: warcinfo, then request and response per page, plus an image and a 404.</summary>
    private byte[] Crawl(bool gzip)
    {
        using var output = new MemoryStream();
        WarcRecordWriter.Write(output, [new("WARC-Type", "warcinfo")], "software: test\r\n"u8, gzip);
        Request(output, gzip, "https://news.example/a");
        Response(output, gzip, "https://news.example/a", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page("The dam held overnight after the heaviest rain in a decade.")));
        Request(output, gzip, "https://news.example/b");
        Response(output, gzip, "https://news.example/b", "text/html; charset=ISO-8859-1", TextDecoding.Windows1252.GetBytes(Page("Die Straße nach Köln bleibt gesperrt, sagte die Polizei.")));
        Response(output, gzip, "https://news.example/logo.png", "image/png", [0x89, 0x50, 0x4E, 0x47]);
        Response(output, gzip, "https://news.example/gone", "text/html", Encoding.UTF8.GetBytes("<p>Not found</p>"), status: 404);
        Response(output, gzip, "https://news.example/c", "text/html", Encoding.UTF8.GetBytes(Page("Schools will reopen on Wednesday, the council said.")));
        return output.ToArray();
    }

    private ReadResult ReadFile(string name, byte[] bytes) => new CorpusReader().Read([_folder.WriteBytes(name, bytes)]);

    [Theory]
    [InlineData("crawl.warc", false)]
    [InlineData("crawl.warc.gz", true)]
    public void Read_Warc_HtmlResponsesBecomeArticlesWithUrlDateAndCharset(string name, bool gzip)
    {
        var result = ReadFile(name, Crawl(gzip));

        Assert.Equal(["https://news.example/a", "https://news.example/b", "https://news.example/c"], result.Documents.Select(d => d.Url));
        Assert.All(result.Documents, d => Assert.Equal(Fetched, d.Published));
        Assert.All(result.Documents, d => Assert.Equal(DocumentFormat.Html, d.Format));
        Assert.Contains("Die Straße nach Köln", result.Documents[1].Original);
    }

    [Fact]
    public void Read_Warc_EveryOtherRecordIsADiagnosticWithItsOffset()
    {
        var result = ReadFile("crawl.warc", Crawl(gzip: false));

        var rejected = result.Rejections.Select(d => d.Reason).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.Contains(rejected, r => r.Contains("logo.png") && r.Contains("image/png") && r.StartsWith("WARC record at byte "));
        Assert.Contains(rejected, r => r.Contains("/gone") && r.Contains("HTTP status 404"));
        var skipped = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("2 request", skipped.Reason);
        Assert.Contains("1 warcinfo", skipped.Reason);
    }

    [Fact]
    public void Read_TruncatedWarcGz_KeepsEveryRecordBeforeTheBreak()
    {
        var whole = Crawl(gzip: true);
        var cut = whole[..(whole.Length - 40)];

        var result = ReadFile("cut.warc.gz", cut);

        Assert.Equal(["https://news.example/a", "https://news.example/b"], result.Documents.Select(d => d.Url));
        Assert.Contains(result.Rejections, d => d.Reason.Contains("every record before it was read"));
    }

    [Fact]
    public void Read_GarbageBetweenRecords_IsSkippedToTheNextRecordAndReported()
    {
        using var output = new MemoryStream();
        Response(output, false, "https://news.example/a", "text/html", Encoding.UTF8.GetBytes(Page("The dam held overnight after the heaviest rain in a decade.")));
        output.Write("this is not a record\r\nnor is this\r\n"u8);
        Response(output, false, "https://news.example/c", "text/html", Encoding.UTF8.GetBytes(Page("Schools will reopen on Wednesday, the council said.")));

        var result = ReadFile("messy.warc", output.ToArray());

        Assert.Equal(2, result.Documents.Count);
        Assert.Contains(result.Rejections, d => d.Reason.Contains("not a WARC record"));
    }

    [Fact]
    public void Read_GzippedAndChunkedHttpBody_IsDecoded()
    {
        var body = Encoding.UTF8.GetBytes(Page("The bridge reopened to traffic on Friday morning, engineers said."));
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write(body);
        }
        var zipped = gzipped.ToArray();
        var chunked = Encoding.ASCII.GetBytes($"{zipped.Length:x}\r\n").Concat(zipped).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();
        var http = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n").Concat(chunked).ToArray();
        using var output = new MemoryStream();
        WarcRecordWriter.Write(output, WarcRecordWriter.ResponseHeaders("https://news.example/bridge", Fetched, "1"), http, gzipMember: false);

        var document = Assert.Single(ReadFile("bridge.warc", output.ToArray()).Documents);

        Assert.Contains("The bridge reopened", document.Original);
    }

    [Fact]
    public void Read_JsonLinesGz_IsStreamedLineByLine()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("{\"id\": \"a\", \"text\": \"The dam held overnight.\"}\n{broken\n{\"id\": \"b\", \"html\": \"<p>Schools reopen on Wednesday.</p>\"}\n"u8);
        }

        var result = ReadFile("feed.jsonl.gz", output.ToArray());

        Assert.Equal(["a", "b"], result.Documents.Select(d => d.Id));
        Assert.Equal(2, Assert.Single(result.Rejections).Line);
    }
}
