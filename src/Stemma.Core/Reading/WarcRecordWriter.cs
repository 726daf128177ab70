using System.IO.Compression;
using System.Text;

namespace Stemma.Reading;

/// <summary>
/// Writes WARC 1.0 records, each optionally as its own gzip member (as Common Crawl writes <c>.warc.gz</c>).
/// The inverse of <see cref="WarcReader"/>, for the benchmark's archive generator and the tests' hand-made archives.
/// </summary>
internal static class WarcRecordWriter
{
    /// <summary>Writes one record; <paramref name="headers"/> should not hold Content-Length (it is computed).</summary>
    public static void Write(Stream output, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> block, bool gzipMember)
    {
        var head = new StringBuilder("WARC/1.0\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        head.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        var target = gzipMember ? new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true) : output;
        target.Write(Encoding.UTF8.GetBytes(head.ToString()));
        target.Write(block);
        target.Write("\r\n\r\n"u8);
        if (gzipMember)
        {
            target.Dispose();
        }
    }

    /// <summary>An HTTP response as a response record's block holds it.</summary>
    public static byte[] HttpResponse(string contentType, ReadOnlySpan<byte> body, int status = 200)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    /// <summary>The headers of a response record for <paramref name="uri"/> fetched at <paramref name="date"/>.</summary>
    public static KeyValuePair<string, string>[] ResponseHeaders(string uri, DateTimeOffset date, string recordId) =>
    [
        new("WARC-Type", "response"),
        new("WARC-Date", date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
        new("WARC-Record-ID", $"<urn:uuid:{recordId}>"),
        new("WARC-Target-URI", uri),
        new("Content-Type", "application/http; msgtype=response"),
    ];
}
