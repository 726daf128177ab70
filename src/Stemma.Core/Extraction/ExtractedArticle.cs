using Stemma.Reading;

namespace Stemma.Extraction;

/// <summary>
/// An article's main text with boilerplate removed: paragraphs separated by a blank line, wrapped lines
/// joined, each character mapped back to the original by <see cref="Map"/>.
/// </summary>
public sealed record ExtractedArticle
{
    public required SourceDocument Document { get; init; }

    public required string Text { get; init; }

    public required OffsetMap Map { get; init; }

    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    public required IReadOnlyList<RemovedLine> Removed { get; init; }

    /// <summary>The title from the header or the HTML head, if any.</summary>
    public string? Title { get; init; }
}
