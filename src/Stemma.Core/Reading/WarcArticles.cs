namespace Stemma.Reading;

/// <summary>
/// Turns WARC records into articles: an HTML <c>response</c> record (HTTP status 2xx, content type text/html
/// or XHTML) becomes a web page with the record's <c>WARC-Target-URI</c> as id and url, its <c>WARC-Date</c>
/// as publication time, and its body decoded by the HTTP header's charset (then the page's own declaration,
/// see <see cref="TextDecoding"/>). A chunked or gzip/deflate/brotli-encoded body is undone first. Any other
/// response, or a broken one, is a diagnostic naming the record's offset; request, metadata and warcinfo
/// records (the companions of every page in a crawl) are counted and reported once per archive.
/// </summary>
internal static class WarcArticles
{
    public static IEnumerable<ReadItem> Read(string file, Stream stream, ReadingOptions options)
    {
        var reader = new WarcReader(stream, options.MaxFileBytes);
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var (record, problem) in reader.Records())
        {
            number++;
            if (problem is not null)
            {
                yield return ReadItem.Of(ReadDiagnostic.Rejected(file, $"WARC record at byte {problem.Offset:N0}: {problem.Reason}", number));
                continue;
            }
            var type = record!.Type ?? "(no WARC-Type)";
            if (!type.Equals("response", StringComparison.OrdinalIgnoreCase))
            {
                skipped[type] = skipped.GetValueOrDefault(type) + 1;
                continue;
            }
            yield return Page(file, number, record, options);
        }
        if (skipped.Count > 0)
        {
            var kinds = string.Join(", ", skipped.Select(k => $"{k.Value:N0} {k.Key}"));
            yield return ReadItem.Of(ReadDiagnostic.Warning(file, $"WARC records that are not pages, skipped: {kinds}"));
        }
    }

    private static ReadItem Page(string file, int number, WarcRecord record, ReadingOptions options)
    {
        ReadItem Problem(string reason) => ReadItem.Of(ReadDiagnostic.Rejected(file, $"WARC record at byte {record.Offset:N0}: {reason}", number));
        var uri = record.Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
        if (string.IsNullOrEmpty(uri))
        {
            return Problem("response without a WARC-Target-URI");
        }
        if (!HttpMessage.TryParse(record.Block, out var http, out var problem))
        {
            return Problem($"{uri}: {problem}");
        }
        if (http.Status is < 200 or > 299)
        {
            return Problem($"{uri}: HTTP status {http.Status}, not a page");
        }
        var contentType = http.Header("Content-Type") ?? "";
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/html" or "application/xhtml+xml" or ""))
        {
            return Problem($"{uri}: content type '{mediaType}', not HTML");
        }
        if (!http.TryBody(out var body, out problem))
        {
            return Problem($"{uri}: {problem}");
        }
        var decoded = TextDecoding.Decode(body, isHtml: true, Charset(contentType), out problem);
        if (decoded is null)
        {
            return Problem($"{uri}: {problem}");
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return Problem($"{uri}: empty body");
        }
        DateTimeOffset? published = record.Headers.GetValueOrDefault("WARC-Date") is { } date && PublicationTime.TryParse(date, options.DefaultUtcOffset, out var time) ? time : null;
        return ReadItem.Of(new SourceDocument
        {
            Id = uri,
            File = file,
            Line = number,
            Original = decoded.Text,
            Format = DocumentFormat.Html,
            Url = uri,
            Published = published,
        });
    }

    private static string? Charset(string contentType)
    {
        foreach (var part in contentType.Split(';').Skip(1))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim().Trim('"', '\'');
            }
        }
        return null;
    }
}
