using System.IO.Compression;
using System.Text;

namespace Stemma.Reading;

/// <summary>One item read from a file: an article, or a problem with one.</summary>
public readonly record struct ReadItem(SourceDocument? Document, ReadDiagnostic? Diagnostic)
{
    public static ReadItem Of(SourceDocument document) => new(document, null);

    public static ReadItem Of(ReadDiagnostic diagnostic) => new(null, diagnostic);
}

/// <summary>
/// Archives read as a stream, one record at a time, so their size is not limited: <c>.jsonl</c> and
/// <c>.jsonl.gz</c> (one JSON object a line), <c>.warc</c> and <c>.warc.gz</c> (web archives, see
/// <see cref="WarcArticles"/>). The per-file size limit applies to each record instead.
/// </summary>
public sealed partial class CorpusReader
{
    private static readonly string[] StreamedSuffixes = [".jsonl", ".jsonl.gz", ".warc", ".warc.gz"];

    /// <summary>Whether the file is an archive read record by record.</summary>
    public static bool IsStreamed(string file) => StreamedSuffixes.Any(s => file.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads every path lazily, in the order <see cref="Read"/> does (a folder's supported files in ordinal
    /// path order): archives record by record, other files one at a time, problems as items.
    /// </summary>
    public IEnumerable<ReadItem> StreamAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var walkProblems = new List<ReadDiagnostic>();
                var files = FolderWalk.Files(path, IsSupported, walkProblems.Add);
                foreach (var problem in walkProblems)
                {
                    yield return ReadItem.Of(problem);
                }
                foreach (var file in files)
                {
                    foreach (var item in Stream(file))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                foreach (var item in Stream(path))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// Reads one file lazily: an archive yields its articles one by one (memory bounded by one record);
    /// any other file is read whole. Problems come as items, in file order.
    /// </summary>
    public IEnumerable<ReadItem> Stream(string file)
    {
        if (!IsStreamed(file) || !File.Exists(file))
        {
            var read = ReadOne(file);
            foreach (var diagnostic in read.Diagnostics)
            {
                yield return ReadItem.Of(diagnostic);
            }
            foreach (var document in read.Documents)
            {
                yield return ReadItem.Of(document);
            }
            yield break;
        }
        Stream? stream = null;
        string? problem = null;
        try
        {
            stream = OpenArchive(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read: {e.Message}";
        }
        if (stream is null)
        {
            yield return ReadItem.Of(ReadDiagnostic.Rejected(file, problem ?? "cannot read"));
            yield break;
        }
        using (stream)
        {
            var items = file.Contains(".warc", StringComparison.OrdinalIgnoreCase)
                ? WarcArticles.Read(file, stream, _options)
                : JsonLines(file, stream);
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static Stream OpenArchive(string file)
    {
        // A FIFO or socket is refused, not waited on; a device is read under the per-record caps.
        Stream input = new BufferedStream(SafeFiles.OpenForStreaming(file), 1 << 16);
        return file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(input, CompressionMode.Decompress) : input;
    }

    private void ReadStreamed(string file, List<SourceDocument> documents, List<ReadDiagnostic> diagnostics)
    {
        foreach (var item in Stream(file))
        {
            if (item.Document is { } document)
            {
                documents.Add(document);
            }
            else
            {
                diagnostics.Add(item.Diagnostic!);
            }
        }
    }

    private IEnumerable<ReadItem> JsonLines(string file, Stream stream)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        // A line is one article: it gets the size cap a whole file has elsewhere.
        var reader = new CappedLineReader(text, _options.MaxFileBytes);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? broken = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = null;
                broken = $"archive broken after line {lineNumber:N0} ({e.Message}); every line before it was read";
            }
            if (broken is not null)
            {
                yield return ReadItem.Of(ReadDiagnostic.Rejected(file, broken, lineNumber + 1));
                yield break;
            }
            if (line is null)
            {
                yield break;
            }
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var diagnostics = new List<ReadDiagnostic>(1);
            line = JsonSurrogates.Repair(line, out var repaired);
            if (repaired > 0)
            {
                diagnostics.Add(ReadDiagnostic.Warning(file, $"{repaired} escaped lone surrogate(s) (\\ud800-\\udfff without a pair) replaced with U+FFFD", lineNumber));
            }
            var document = ParseJsonLine(file, lineNumber, line, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                yield return ReadItem.Of(diagnostic);
            }
            if (document is not null)
            {
                yield return ReadItem.Of(document);
            }
        }
    }
}
