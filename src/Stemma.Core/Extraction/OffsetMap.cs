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
internal sealed class CleanTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private readonly List<int> _ends = [];

    public int Length => _text.Length;

    public char Last => _text[^1];

    /// <summary>Appends a character that stands for original span [originalStart, originalEnd).</summary>
    public void Append(char c, int originalStart, int originalEnd)
    {
        _text.Append(c);
        _offsets.Add(originalStart);
        _ends.Add(originalEnd);
    }

    /// <summary>The letters just before the last character (the word a line-end hyphen follows).</summary>
    public string WordBeforeLast()
    {
        var end = _text.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }
        return _text.ToString(start, end - start);
    }

    public void RemoveLast()
    {
        _text.Length--;
        _offsets.RemoveAt(_offsets.Count - 1);
        _ends.RemoveAt(_ends.Count - 1);
    }

    /// <summary>Appends a character that stands for one original character.</summary>
    public void Append(char c, int originalIndex) => Append(c, originalIndex, originalIndex + 1);

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), new OffsetMap([.. _offsets], [.. _ends]));
}
