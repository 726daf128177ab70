using System.IO.Compression;
using System.Text;

namespace Stemma.Reading;

/// <summary>An HTTP response as a WARC response record holds it: status line, headers, body.</summary>
internal sealed class HttpMessage
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
    private byte[] _raw = [];
    private int _bodyStart;

    public int Status { get; private set; }

    public string? Header(string name) => _headers.GetValueOrDefault(name);

    public static bool TryParse(byte[] block, out HttpMessage message, out string? problem)
    {
        message = new HttpMessage { _raw = block };
        problem = null;
        var span = block.AsSpan();
        var end = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = span.IndexOf("\n\n"u8);
            separator = 2;
        }
        if (end < 0)
        {
            problem = "no end to the HTTP headers";
            return false;
        }
        var lines = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var status = lines[0].Trim().Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || !int.TryParse(status[1], out var code))
        {
            problem = "no HTTP status line";
            return false;
        }
        message.Status = code;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                message._headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        message._bodyStart = end + separator;
        return true;
    }

    /// <summary>The body with any chunked transfer coding and gzip/deflate/brotli content coding undone.</summary>
    public bool TryBody(out byte[] body, out string? problem)
    {
        problem = null;
        body = _raw[_bodyStart..];
        try
        {
            if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && Dechunk(body) is { } plain)
            {
                body = plain;
            }
            var coding = Header("Content-Encoding")?.Trim().ToLowerInvariant();
            body = coding switch
            {
                "gzip" or "x-gzip" => Inflate(body, s => new GZipStream(s, CompressionMode.Decompress)),
                "deflate" => Inflate(body, s => new ZLibStream(s, CompressionMode.Decompress)),
                "br" => Inflate(body, s => new BrotliStream(s, CompressionMode.Decompress)),
                _ => body,
            };
            return true;
        }
        catch (InvalidDataException e)
        {
            problem = $"body cannot be decoded ({Header("Content-Encoding")}): {e.Message}";
            return false;
        }
    }

    private static byte[] Inflate(byte[] data, Func<Stream, Stream> open)
    {
        using var input = open(new MemoryStream(data));
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The body of a chunked transfer, or null when it is not well formed (then it is taken as is: crawlers often store it de-chunked).</summary>
    private static byte[]? Dechunk(byte[] data)
    {
        using var output = new MemoryStream();
        var i = 0;
        while (i < data.Length)
        {
            var lineEnd = Array.IndexOf(data, (byte)'\n', i);
            if (lineEnd < 0)
            {
                return null;
            }
            var sizeText = Encoding.ASCII.GetString(data, i, lineEnd - i).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0)
            {
                return null;
            }
            if (size == 0)
            {
                return output.ToArray();
            }
            var start = lineEnd + 1;
            if (start + size > data.Length)
            {
                return null;
            }
            output.Write(data, start, size);
            i = start + size;
            while (i < data.Length && data[i] is (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }
        return output.ToArray();
    }
}
