namespace Stemma.Extraction;

/// <summary>
/// One line of article text before assembly: its text, the original index of each of its characters,
/// and whether it starts a new block (after a blank line, or a new HTML block element).
/// </summary>
internal sealed class SourceLine(string text, int[] offsets, int lineNumber, bool startsBlock, int[]? ends = null)
{
    public string Text { get; } = text;

    /// <summary>The original index each character starts at.</summary>
    public int[] Offsets { get; } = offsets;

    /// <summary>The original index just past character <paramref name="i"/> (past the whole entity in HTML).</summary>
    public int EndOf(int i) => ends is null ? Offsets[i] + 1 : ends[i];

    /// <summary>1-based line in the original (for HTML, the line of the block element's start tag).</summary>
    public int LineNumber { get; } = lineNumber;

    public bool StartsBlock { get; } = startsBlock;

    /// <summary>Why the line is not article text; null while it is kept.</summary>
    public string? RemovalReason { get; set; }

    public bool IsKept => RemovalReason is null;
}
