using System.Text;

namespace Stemma.Reading;

/// <summary>
/// Reads lines from a text stream with a cap on a line's length, so a stream with no line end (a symlink to
/// <c>/dev/zero</c> named <c>.jsonl</c>, a broken archive) cannot grow one line without bound.
/// </summary>
internal sealed class CappedLineReader(TextReader reader, long maxChars)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>The next line without its line end, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The line is longer than the cap.</exception>
    public string? ReadLine()
    {
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = reader.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    return any ? Finish() : null;
                }
            }
            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf('\n');
            var take = newline < 0 ? span.Length : newline;
            if (_line.Length + take > maxChars)
            {
                throw new InvalidDataException($"a line longer than the {maxChars:N0}-character limit");
            }
            _line.Append(span[..take]);
            _start += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                return Finish();
            }
        }
    }

    private string Finish()
    {
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }
        return _line.ToString();
    }
}
