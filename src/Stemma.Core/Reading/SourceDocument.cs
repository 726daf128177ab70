namespace Stemma.Reading;

/// <summary>How a document's original text is written.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
}

/// <summary>
/// One article as read, before any cleaning. <see cref="Original"/> is the text of the file as read
/// (UTF-8, byte-order mark dropped) or, for JSON lines, the value of its <c>text</c> or <c>html</c> field;
/// every offset Stemma reports points into it.
/// </summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }

    /// <summary>The file the document came from.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of a JSON-lines record; null for whole files.</summary>
    public int? Line { get; init; }

    public required string Original { get; init; }

    public required DocumentFormat Format { get; init; }

    /// <summary>Where the article body starts in <see cref="Original"/> (after any header lines).</summary>
    public int BodyStart { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The publisher (site, newspaper or agency), used to find lines repeated across one source's pages.</summary>
    public string? Source { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Where the document came from, as "file" or "file:line".</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;
}
