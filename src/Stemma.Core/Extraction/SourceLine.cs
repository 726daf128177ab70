namespace Stemma.Extraction;

/// <summary>
/// One line of article text before assembly: its text, the original index of each of its characters,
/// and whether it starts a new block (after a blank line, or a new HTML block element).
/// </summary>
internal sealed class SourceLine(string text, int[] offsets, int lineNumber, bool startsBlock)
{
    public string Text { get; } = text;

    public int[] Offsets { get; } = offsets;

    /// <summary>1-based line in the original (for HTML, the line of the block element's start tag).</summary>
    public int LineNumber { get; } = lineNumber;

    public bool StartsBlock { get; } = startsBlock;

    /// <summary>Why the line is not article text; null while it is kept.</summary>
    public string? RemovalReason { get; set; }

    public bool IsKept => RemovalReason is null;
}
