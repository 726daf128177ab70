using System.Text;

namespace Stemma.Reading;

/// <summary>One WARC record: its headers, its content block, and where it starts in the (decompressed) archive.</summary>
internal sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    public string? Type => Headers.GetValueOrDefault("WARC-Type");
}

/// <summary>A record that could not be read whole, with its offset.</summary>
internal sealed record WarcProblem(long Offset, string Reason);

/// <summary>
/// Reads WARC records (ISO 28500, versions 1.0 and 1.1) one at a time from a stream, so an archive of any
/// size is read in memory bounded by its largest record. A record is a version line, header lines up to
/// a blank line, <c>Content-Length</c> bytes of block and two line ends. A gzipped archive (one gzip member
/// per record, as Common Crawl writes them) is read through <see cref="System.IO.Compression.GZipStream"/>,
/// which reads members one after another. Garbage between records is skipped to the next version line and
/// reported; an archive that ends in mid-record keeps every record before the break.
/// </summary>
internal sealed class WarcReader(Stream stream, long maxRecordBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _position;
    private bool _eof;

    /// <summary>Each record or problem, in archive order.</summary>
    public IEnumerable<(WarcRecord? Record, WarcProblem? Problem)> Records()
    {
        while (true)
        {
            (WarcRecord? Record, WarcProblem? Problem) next;
            try
            {
                next = ReadRecord();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                next = (null, new WarcProblem(_position, $"archive broken here ({e.Message}); every record before it was read"));
                _eof = true;
            }
            if (next.Record is null && next.Problem is null)
            {
                yield break;
            }
            yield return next;
            if (_eof && next.Problem is not null)
            {
                yield break;
            }
        }
    }

    private (WarcRecord?, WarcProblem?) ReadRecord()
    {
        var line = ReadLine(out var lineStart);
        while (line is { Length: 0 })
        {
            line = ReadLine(out lineStart);
        }
        if (line is null)
        {
            return (null, null);
        }
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            var skipped = SkipToNextRecord();
            return (null, new WarcProblem(lineStart, $"not a WARC record (skipped {skipped + line.Length:N0} bytes to the next one)"));
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(out _) is { Length: > 0 } header)
        {
            var colon = header.IndexOf(':');
            if (colon > 0)
            {
                headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
            }
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
        {
            var skipped = SkipToNextRecord();
            return (null, new WarcProblem(lineStart, $"WARC record without a valid Content-Length (skipped {skipped:N0} bytes)"));
        }
        if (length > maxRecordBytes)
        {
            var skipped = Skip(length);
            return skipped < length
                ? (null, new WarcProblem(lineStart, $"record truncated: the archive ends {length - skipped:N0} bytes before its end"))
                : (null, new WarcProblem(lineStart, $"record of {length:N0} bytes, over the {maxRecordBytes:N0}-byte limit; skipped"));
        }
        var block = new byte[length];
        var read = ReadBlock(block);
        if (read < length)
        {
            _eof = true;
            return (null, new WarcProblem(lineStart, $"record truncated: the archive ends {length - read:N0} bytes before its end; every record before it was read"));
        }
        return (new WarcRecord(lineStart, headers, block), null);
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return false;
        }
        _end += n;
        return true;
    }

    /// <summary>The next line without its line end (a header line is ASCII or UTF-8), or null at the end.</summary>
    private string? ReadLine(out long lineStart)
    {
        lineStart = _position;
        var bytes = new List<byte>();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return bytes.Count == 0 ? null : Decode(bytes);
            }
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline + 1;
            bytes.AddRange(span[..(newline < 0 ? span.Length : newline)]);
            _start += take;
            _position += take;
            if (newline >= 0)
            {
                return Decode(bytes);
            }
            if (bytes.Count > 1 << 20)
            {
                return Decode(bytes);
            }
        }
    }

    private static string Decode(List<byte> bytes)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        if (span.Length > 0 && span[^1] == '\r')
        {
            span = span[..^1];
        }
        return Encoding.UTF8.GetString(span);
    }

    private int ReadBlock(byte[] block)
    {
        var done = 0;
        while (done < block.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var n = Math.Min(block.Length - done, _end - _start);
            Buffer.BlockCopy(_buffer, _start, block, done, n);
            _start += n;
            _position += n;
            done += n;
        }
        return done;
    }

    private long Skip(long length)
    {
        long done = 0;
        while (done < length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var n = (int)Math.Min(length - done, _end - _start);
            _start += n;
            _position += n;
            done += n;
        }
        return done;
    }

    /// <summary>Skips to the start of the next line that begins "WARC/"; returns how many bytes were skipped.</summary>
    private long SkipToNextRecord()
    {
        long skipped = 0;
        while (true)
        {
            if (_end - _start < 6 && !Fill() && _end - _start < 6)
            {
                skipped += _end - _start;
                _position += _end - _start;
                _start = _end;
                return skipped;
            }
            var span = _buffer.AsSpan(_start, _end - _start);
            var at = span.IndexOf("\nWARC/"u8);
            if (at >= 0)
            {
                _start += at + 1;
                _position += at + 1;
                return skipped + at + 1;
            }
            var keep = 5;
            var drop = span.Length - keep;
            _start += drop;
            _position += drop;
            skipped += drop;
            Fill();
        }
    }
}
