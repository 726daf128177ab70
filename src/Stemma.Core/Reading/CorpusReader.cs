using System.Text.Json;

namespace Stemma.Reading;

/// <summary>
/// Reads articles from files and folders (recursively): <c>.txt</c> (with an optional header, see
/// <see cref="TextHeader"/>), <c>.html</c>/<c>.htm</c>, and <c>.jsonl</c> (one JSON object a line with
/// <c>id</c>, <c>text</c> or <c>html</c>, and optional <c>title</c>, <c>url</c>, <c>source</c>,
/// <c>published</c>). Every bad item becomes a <see cref="ReadDiagnostic"/>; the rest are still read.
/// </summary>
public sealed partial class CorpusReader
{
    private static readonly string[] Supported = [".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz"];

    private readonly ReadingOptions _options;

    public CorpusReader(ReadingOptions? options = null)
    {
        _options = options ?? ReadingOptions.Default;
        _options.Validate();
    }

    /// <summary>The file extensions read, with their dot.</summary>
    public static IReadOnlyList<string> SupportedExtensions => Supported;

    /// <summary>Reads every path given: a file is read whatever it is; a folder contributes its supported files.</summary>
    public ReadResult Read(IEnumerable<string> paths)
    {
        var documents = new List<SourceDocument>();
        var diagnostics = new List<ReadDiagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FolderWalk.Files(path, IsSupported, diagnostics.Add))
                {
                    ReadFile(file, documents, diagnostics);
                }
            }
            else if (File.Exists(path))
            {
                ReadFile(path, documents, diagnostics);
            }
            else
            {
                diagnostics.Add(ReadDiagnostic.Rejected(path, "no such file or folder"));
            }
        }
        return new ReadResult(documents, diagnostics);
    }

    /// <summary>
    /// The files a <see cref="Read"/> of <paramref name="paths"/> would open, in the same order: each folder's
    /// supported files, and each other path as given (a missing one is reported when it is read).
    /// </summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths) =>
        paths.SelectMany(path => Directory.Exists(path) ? EnumerateFolder(path) : [path]);

    /// <summary>Reads one file (or names a missing one), for callers that stream a corpus file by file.</summary>
    public ReadResult ReadOne(string file)
    {
        var documents = new List<SourceDocument>();
        var diagnostics = new List<ReadDiagnostic>();
        if (File.Exists(file))
        {
            ReadFile(file, documents, diagnostics);
        }
        else
        {
            diagnostics.Add(ReadDiagnostic.Rejected(file, "no such file or folder"));
        }
        return new ReadResult(documents, diagnostics);
    }

    /// <summary>Supported files under <paramref name="folder"/>, hidden ones skipped, in ordinal path order so runs are repeatable.</summary>
    public static IEnumerable<string> EnumerateFolder(string folder)
    {
        return FolderWalk.Files(folder, IsSupported, report: null);
    }

    private static bool IsSupported(string file) =>
        Supported.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || IsStreamed(file);

    private void ReadFile(string file, List<SourceDocument> documents, List<ReadDiagnostic> diagnostics)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!IsSupported(file))
        {
            var shown = extension.Length == 0 ? "no extension" : $"extension '{extension}'";
            diagnostics.Add(ReadDiagnostic.Rejected(file, $"unsupported {shown}; expected one of {string.Join(", ", Supported)}"));
            return;
        }
        if (IsStreamed(file))
        {
            ReadStreamed(file, documents, diagnostics);
            return;
        }
        var text = ReadText(file, diagnostics);
        if (text is null)
        {
            return;
        }
        var id = Path.GetFileNameWithoutExtension(file);
        var document = extension == ".txt"
            ? FromPlainText(file, id, text, diagnostics)
            : new SourceDocument { Id = id, File = file, Original = text, Format = DocumentFormat.Html };
        if (document.Original.AsSpan(document.BodyStart).IsWhiteSpace())
        {
            diagnostics.Add(ReadDiagnostic.Rejected(file, "empty body: the file has no article text"));
            return;
        }
        documents.Add(document);
    }

    private string? ReadText(string file, List<ReadDiagnostic> diagnostics)
    {
        var bytes = SafeFiles.ReadCapped(file, _options.MaxFileBytes, out var unread);
        if (bytes is null)
        {
            diagnostics.Add(ReadDiagnostic.Rejected(file, unread!));
            return null;
        }
        var isHtml = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
        var decoded = TextDecoding.Decode(bytes, isHtml, declaredCharset: null, out var problem);
        if (decoded is null)
        {
            diagnostics.Add(ReadDiagnostic.Rejected(file, problem!));
            return null;
        }
        if (decoded.Warning is { } warning)
        {
            diagnostics.Add(ReadDiagnostic.Warning(file, warning));
        }
        // A stray NUL is kept as U+FFFD: one character either way, so no offset moves, and the store keeps
        // the whole text (the fuzzing suite found an original stored cut short at its NUL).
        return decoded.Text.Replace('\0', '\uFFFD');
    }

    private SourceDocument FromPlainText(string file, string id, string text, List<ReadDiagnostic> diagnostics)
    {
        var header = TextHeader.Parse(text);
        return new SourceDocument
        {
            Id = header["id"] ?? id,
            File = file,
            Original = text,
            Format = DocumentFormat.PlainText,
            BodyStart = header.BodyStart,
            Title = header["title"],
            Url = header["url"],
            Source = header["source"],
            Published = ParseTime(header["published"], file, header.Fields.TryGetValue("published", out var p) ? p.Line : null, diagnostics),
        };
    }

    private DateTimeOffset? ParseTime(string? value, string file, int? line, List<ReadDiagnostic> diagnostics)
    {
        if (value is null)
        {
            return null;
        }
        if (PublicationTime.TryParse(value, _options.DefaultUtcOffset, out var time))
        {
            return time;
        }
        diagnostics.Add(ReadDiagnostic.Warning(file, $"publication time '{value}' not understood (use ISO 8601, e.g. 2020-10-31T14:05:00Z); ignored", line));
        return null;
    }

    private SourceDocument? ParseJsonLine(string file, int lineNumber, string line, List<ReadDiagnostic> diagnostics)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            // The parser's own "LineNumber: 0" counts within this one line; report the file's line and the column.
            var message = e.Message.Split(" LineNumber:", 2)[0].Trim();
            var column = e.BytePositionInLine is { } position ? $" (column {position + 1})" : "";
            diagnostics.Add(ReadDiagnostic.Rejected(file, $"broken JSON{column}: {message}", lineNumber));
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ReadDiagnostic.Rejected(file, "expected a JSON object on this line", lineNumber));
                return null;
            }
            var html = StringField(root, "html");
            var body = html ?? StringField(root, "text");
            if (string.IsNullOrWhiteSpace(body))
            {
                diagnostics.Add(ReadDiagnostic.Rejected(file, "empty body: needs a non-empty \"text\" or \"html\" field", lineNumber));
                return null;
            }
            var id = StringField(root, "id") ?? (root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText() : null);
            return new SourceDocument
            {
                Id = id ?? $"{Path.GetFileNameWithoutExtension(file)}:{lineNumber}",
                File = file,
                Line = lineNumber,
                Original = body,
                Format = html is null ? DocumentFormat.PlainText : DocumentFormat.Html,
                Title = StringField(root, "title"),
                Url = StringField(root, "url"),
                Source = StringField(root, "source"),
                Published = ParseTime(StringField(root, "published"), file, lineNumber, diagnostics),
            };
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Replace('\0', '\uFFFD') : null;
}
