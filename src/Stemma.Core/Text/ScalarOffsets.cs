namespace Stemma.Text;

/// <summary>
/// Converts UTF-16 indexes of a string into counts of Unicode scalar values, the unit Stemma's output
/// contract uses for offsets (an emoji is one scalar value but two UTF-16 code units).
/// </summary>
public sealed class ScalarOffsets
{
    private readonly int[]? _surrogatesBefore;

    public ScalarOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDBFF'))
        {
            return;
        }
        _surrogatesBefore = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            _surrogatesBefore[i + 1] = _surrogatesBefore[i] + (char.IsLowSurrogate(text[i]) ? 1 : 0);
        }
    }

    /// <summary>The scalar-value index of UTF-16 index <paramref name="utf16Index"/>.</summary>
    public int ToScalar(int utf16Index) => _surrogatesBefore is null ? utf16Index : utf16Index - _surrogatesBefore[utf16Index];

    /// <summary>A UTF-16 span as a scalar-value start and length.</summary>
    public (int Start, int Length) ToScalar(int start, int length)
    {
        var scalarStart = ToScalar(start);
        return (scalarStart, ToScalar(start + length) - scalarStart);
    }
}
