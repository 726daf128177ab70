using Stemma.Reading;

namespace Stemma.Reading;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ReadResult Read(params string[] paths) => new CorpusReader().Read(paths);

    [Fact]
    public void Read_TextWithHeader_TakesMetadataAndStartsBodyAfterIt()
    {
        var file = _folder.Write("wire.txt", "Title: Dam holds\nSource: Northwire\nPublished: 2024-03-02T08:15:00Z\nURL: https://example.org/dam\n\nThe dam held overnight.\n");

        var document = Assert.Single(Read(file).Documents);

        Assert.Equal("Dam holds", document.Title);
        Assert.Equal("Northwire", document.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 8, 15, 0, TimeSpan.Zero), document.Published);
        Assert.Equal("https://example.org/dam", document.Url);
        Assert.StartsWith("The dam held", document.Original[document.BodyStart..]);
    }

    [Fact]
    public void Read_TextWithoutHeader_IsAllBody()
    {
        var file = _folder.Write("plain.txt", "Dam holds after night of rain\n\nThe dam held overnight.");

        var document = Assert.Single(Read(file).Documents);

        Assert.Equal(0, document.BodyStart);
        Assert.Null(document.Title);
        Assert.Equal("plain", document.Id);
    }

    [Fact]
    public void Read_ByteOrderMark_IsDroppedFromTheOriginal()
    {
        var file = _folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Body text here."u8.ToArray()]);

        Assert.Equal("Body text here.", Assert.Single(Read(file).Documents).Original);
    }

    [Fact]
    public void Read_UnreadableDate_WarnsAndKeepsTheArticle()
    {
        var file = _folder.Write("late.txt", "Published: last Tuesday-ish\n\nThe dam held.");

        var result = Read(file);

        Assert.Null(Assert.Single(result.Documents).Published);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void Read_TextWithOneStrayNulByte_IsReadWithItsOffsetsUnchanged()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The river rose again overnight. ", 10)));
        bytes[40] = 0;
        var file = _folder.WriteBytes("stray-nul.txt", bytes);

        var document = Assert.Single(Read(file).Documents);

        Assert.Equal(bytes.Length, document.Original.Length);
        Assert.Equal('\uFFFD', document.Original[40]); // kept as U+FFFD: one character, so no offset moves, and the store keeps the whole text
    }

    [Fact]
    public void Read_BadItemsInABatch_EachBecomesADiagnosticAndTheGoodOnesAreRead()
    {
        var good = _folder.Write("good.txt", "The dam held overnight.");
        var binary = _folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        var empty = _folder.Write("empty.txt", "  \n\n ");
        var headerOnly = _folder.Write("header-only.txt", "Title: Nothing here\n\n");
        var unknown = _folder.Write("notes.pdf", "%PDF-1.4");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var result = Read(binary, good, empty, headerOnly, unknown, missing);

        Assert.Equal("good", Assert.Single(result.Documents).Id);
        var reasons = result.Diagnostics.ToDictionary(d => Path.GetFileName(d.File), d => d.Reason);
        Assert.Contains("binary", reasons["image.txt"]);
        Assert.Contains("empty body", reasons["empty.txt"]);
        Assert.Contains("empty body", reasons["header-only.txt"]);
        Assert.Contains("unsupported extension '.pdf'", reasons["notes.pdf"]);
        Assert.Contains("no such file", reasons["missing.txt"]);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Rejected, d.Severity));
    }

    [Fact]
    public void Read_JsonLines_ReadsEachRecordAndReportsBrokenLinesByNumber()
    {
        var file = _folder.Write("feed.jsonl", string.Join('\n',
            """{"id": "a1", "text": "The dam held.", "title": "Dam", "source": "Northwire", "published": "2024-03-02T08:15:00Z"}""",
            """{"id": "a2", "html": "<p>The river rose.</p>", "url": "https://example.org/r"}""",
            """{"id": "a3", "text": "unterminated""",
            "",
            """{"id": "a4"}""",
            """[1, 2]""",
            """{"id": 5, "text": "Numeric ids are kept as text."}"""));

        var result = Read(file);

        Assert.Equal(["a1", "a2", "5"], result.Documents.Select(d => d.Id));
        Assert.Equal(DocumentFormat.Html, result.Documents[1].Format);
        Assert.Equal(2, result.Documents[1].Line);
        Assert.Equal("Northwire", result.Documents[0].Source);
        Assert.Equal([3, 5, 6], result.Diagnostics.Select(d => d.Line!.Value));
        Assert.StartsWith("broken JSON (column ", result.Diagnostics[0].Reason);
        Assert.DoesNotContain("LineNumber", result.Diagnostics[0].Reason);
        Assert.Contains("empty body", result.Diagnostics[1].Reason);
    }

    [Fact]
    public void Read_Folder_ReadsSupportedFilesRecursivelyInPathOrderAndSkipsOthers()
    {
        _folder.Write("b/second.html", "<html><body><p>Second page.</p></body></html>");
        _folder.Write("a/first.txt", "First article.");
        _folder.Write("a/README.md", "# not an article");
        _folder.Write(".hidden/secret.txt", "Hidden.");

        var result = Read(_folder.Path);

        Assert.Equal(["first", "second"], result.Documents.Select(d => d.Id));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Constructor_NonPositiveFileLimit_SaysWhatToFix()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CorpusReader(new ReadingOptions { MaxFileBytes = 0 }));

        Assert.Contains("MaxFileBytes must be positive", error.Message);
    }
}
