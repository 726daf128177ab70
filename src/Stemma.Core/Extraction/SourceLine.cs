namespace Stemma.Extraction;

/// <summary>
/// One line of article text before assembly: its text, the original index of each of its characters,
/// and whether it starts a new block (after a blank line, or a new HTML block element).
/// </summary>
internal sealed class SourceLine
{
    // Null for a line copied unchanged from the original (plain text): character i is then at _start + i.
    private readonly int[]? _offsets;
    private readonly int[]? _ends;
    private readonly int _start;

    /// <summary>A line whose characters come from the original indexes <paramref name="offsets"/> (and end at <paramref name="ends"/>, past a whole entity in HTML).</summary>
    public SourceLine(string text, int[] offsets, int lineNumber, bool startsBlock, int[]? ends = null)
    {
        Text = text;
        _offsets = offsets;
        _ends = ends;
        LineNumber = lineNumber;
        StartsBlock = startsBlock;
    }

    /// <summary>A line copied unchanged from the original at <paramref name="start"/>: no index arrays to build.</summary>
    public SourceLine(string text, int start, int lineNumber, bool startsBlock)
    {
        Text = text;
        _start = start;
        LineNumber = lineNumber;
        StartsBlock = startsBlock;
    }

    public string Text { get; }

    /// <summary>How many characters have an original index (every character of the line).</summary>
    public int OffsetCount => _offsets?.Length ?? Text.Length;

    /// <summary>The original index character <paramref name="i"/> starts at.</summary>
    public int OffsetOf(int i) => _offsets is null ? _start + i : _offsets[i];

    /// <summary>The original index just past character <paramref name="i"/> (past the whole entity in HTML).</summary>
    public int EndOf(int i) => _ends is not null ? _ends[i] : OffsetOf(i) + 1;

    /// <summary>1-based line in the original (for HTML, the line of the block element's start tag).</summary>
    public int LineNumber { get; }

    public bool StartsBlock { get; }

    /// <summary>Why the line is not article text; null while it is kept.</summary>
    public string? RemovalReason { get; set; }

    public bool IsKept => RemovalReason is null;
}
