using System.Buffers;

namespace Stemma.Extraction;

/// <summary>
/// Maps each character of a clean text back to the UTF-16 span of the original it came from: usually one
/// character, an entity such as <c>&amp;amp;</c> for HTML. Characters the cleaning inserted (a space
/// joining two wrapped lines) map to the original character they stand for (the line break).
/// </summary>
public sealed class OffsetMap
{
    // Per-character arrays when some clean character stands for more than one original character (an HTML
    // entity); otherwise runs of clean characters that come from consecutive original ones (a plain text's
    // lines between collapsed spaces), a few numbers an article instead of eight bytes a character.
    private readonly int[]? _original;
    private readonly int[]? _originalEnd;
    private readonly int[]? _runClean;
    private readonly int[]? _runOriginal;

    internal OffsetMap(int[] original, int[] originalEnd)
        : this(original.AsSpan(), originalEnd.AsSpan())
    {
    }

    internal OffsetMap(ReadOnlySpan<int> original, ReadOnlySpan<int> originalEnd)
    {
        Length = original.Length;
        var runs = 0;
        for (var i = 0; i < original.Length; i++)
        {
            if (originalEnd[i] != original[i] + 1)
            {
                _original = original.ToArray();
                _originalEnd = originalEnd.ToArray();
                return;
            }
            runs += i == 0 || original[i] != original[i - 1] + 1 ? 1 : 0;
        }
        _runClean = new int[runs];
        _runOriginal = new int[runs];
        for (int i = 0, run = 0; i < original.Length; i++)
        {
            if (i == 0 || original[i] != original[i - 1] + 1)
            {
                _runClean[run] = i;
                _runOriginal[run++] = original[i];
            }
        }
    }

    public int Length { get; }

    /// <summary>The original index of clean character <paramref name="cleanIndex"/>.</summary>
    public int this[int cleanIndex]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cleanIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cleanIndex, Length);
            if (_original is not null)
            {
                return _original[cleanIndex];
            }
            var run = _runClean.AsSpan().BinarySearch(cleanIndex);
            run = run >= 0 ? run : ~run - 1;
            return _runOriginal![run] + cleanIndex - _runClean![run];
        }
    }

    /// <summary>The original span (UTF-16 start and length) covering clean span [start, start+length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Length);
        if (length == 0)
        {
            var at = start < Length ? this[start] : (Length == 0 ? 0 : this[Length - 1] + 1);
            return (at, 0);
        }
        var first = this[start];
        var end = EndOf(start + length - 1);
        return (first, Math.Max(end, first + 1) - first);
    }

    private int EndOf(int cleanIndex) => _originalEnd is not null ? _originalEnd[cleanIndex] : this[cleanIndex] + 1;
}

/// <summary>Builds a clean text and its <see cref="OffsetMap"/> together, so they cannot drift apart.</summary>
internal sealed class CleanTextBuilder(int capacity = 16)
{
    // Rented, not allocated: an article's working arrays are as long as its text and live only until Build.
    private char[] _text = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    private int[] _offsets = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));
    private int[] _ends = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));

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

    /// <summary>The text and its map; the builder is spent.</summary>
    public (string Text, OffsetMap Map) Build()
    {
        var built = (new string(_text, 0, Length), new OffsetMap(_offsets.AsSpan(0, Length), _ends.AsSpan(0, Length)));
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<int>.Shared.Return(_offsets);
        ArrayPool<int>.Shared.Return(_ends);
        (_text, _offsets, _ends) = ([], [], []);
        return built;
    }

    private void Reserve(int more)
    {
        if (Length + more <= _text.Length)
        {
            return;
        }
        var size = Math.Max(Length + more, _text.Length * 2);
        _text = Grow(_text, size, Length);
        _offsets = Grow(_offsets, size, Length);
        _ends = Grow(_ends, size, Length);
    }

    private static T[] Grow<T>(T[] array, int size, int used)
    {
        var grown = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan(0, used).CopyTo(grown);
        ArrayPool<T>.Shared.Return(array);
        return grown;
    }
}
