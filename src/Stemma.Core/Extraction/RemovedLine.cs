namespace Stemma.Extraction;

/// <summary>A line taken out of the article text, with why and where it was.</summary>
public sealed record RemovedLine(string Text, string Reason, int OriginalOffset, int LineNumber);

/// <summary>One paragraph of the clean text.</summary>
public readonly record struct Paragraph(int Start, int Length);
