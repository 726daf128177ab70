namespace Stemma.Extraction;

/// <summary>
/// Maps each character of a clean text back to the UTF-16 span of the original it came from: usually one
/// character, an entity such as <c>&amp;amp;</c> for HTML. Characters the cleaning inserted (a space
/// joining two wrapped lines) map to the original character they stand for (the line break).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _original;
    private readonly int[] _originalEnd;

    internal OffsetMap(int[] original, int[] originalEnd)
    {
        _original = original;
        _originalEnd = originalEnd;
    }

    public int Length => _original.Length;

    /// <summary>The original index of clean character <paramref name="cleanIndex"/>.</summary>
    public int this[int cleanIndex] => _original[cleanIndex];

    /// <summary>The original span (UTF-16 start and length) covering clean span [start, start+length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, _original.Length);
        if (length == 0)
        {
            var at = start < _original.Length ? _original[start] : (_original.Length == 0 ? 0 : _original[^1] + 1);
            return (at, 0);
        }
        var first = _original[start];
        var end = _originalEnd[start + length - 1];
        return (first, Math.Max(end, first + 1) - first);
    }
}

/// <summary>Builds a clean text and its <see cref="OffsetMap"/> together, so they cannot drift apart.</summary>
internal sealed class CleanTextBuilder(int capacity = 16)
{
    private char[] _text = new char[Math.Max(capacity, 1)];
    private int[] _offsets = new int[Math.Max(capacity, 1)];
    private int[] _ends = new int[Math.Max(capacity, 1)];

    public int Length { get; private set; }

    public char Last => _text[Length - 1];

    /// <summary>Appends a character that stands for original span [originalStart, originalEnd).</summary>
    public void Append(char c, int originalStart, int originalEnd)
    {
        Reserve(1);
        _text[Length] = c;
        _offsets[Length] = originalStart;
        _ends[Length] = originalEnd;
        Length++;
    }

    /// <summary>Appends characters of <paramref name="line"/> from index <paramref name="from"/>, each standing for its own original span.</summary>
    public void Append(ReadOnlySpan<char> characters, SourceLine line, int from)
    {
        Reserve(characters.Length);
        characters.CopyTo(_text.AsSpan(Length));
        for (var i = 0; i < characters.Length; i++)
        {
            _offsets[Length + i] = line.OffsetOf(from + i);
            _ends[Length + i] = line.EndOf(from + i);
        }
        Length += characters.Length;
    }

    /// <summary>The letters just before the last character (the word a line-end hyphen follows).</summary>
    public string WordBeforeLast()
    {
        var end = Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }
        return new string(_text, start, end - start);
    }

    public void RemoveLast() => Length--;

    /// <summary>Appends a character that stands for one original character.</summary>
    public void Append(char c, int originalIndex) => Append(c, originalIndex, originalIndex + 1);

    public (string Text, OffsetMap Map) Build() =>
        (new string(_text, 0, Length), new OffsetMap(_offsets.AsSpan(0, Length).ToArray(), _ends.AsSpan(0, Length).ToArray()));

    private void Reserve(int more)
    {
        if (Length + more <= _text.Length)
        {
            return;
        }
        var size = Math.Max(Length + more, _text.Length * 2);
        Array.Resize(ref _text, size);
        Array.Resize(ref _offsets, size);
        Array.Resize(ref _ends, size);
    }
}
