namespace Stemma.Extraction;

/// <summary>
/// Maps each character of a clean text back to the UTF-16 index of the character of the original it came
/// from. Characters the cleaning inserted (a space joining two wrapped lines) map to the original character
/// they stand for (the line break).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _original;

    internal OffsetMap(int[] original) => _original = original;

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
        var last = _original[start + length - 1];
        return (first, last - first + 1);
    }
}

/// <summary>Builds a clean text and its <see cref="OffsetMap"/> together, so they cannot drift apart.</summary>
internal sealed class CleanTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public int Length => _text.Length;

    public char Last => _text[^1];

    public void Append(char c, int originalIndex)
    {
        _text.Append(c);
        _offsets.Add(originalIndex);
    }

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), new OffsetMap([.. _offsets]));
}
