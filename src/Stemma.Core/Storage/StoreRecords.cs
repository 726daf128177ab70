using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>One sentence as stored: its span in the original file and its MinHash band keys.</summary>
public sealed record StoredSentence(int OriginalOffset, int OriginalLength, ulong[] Bands);

/// <summary>An article ready to be written, with its story.</summary>
public sealed record ArticleWrite
{
    /// <summary>The id to give a new article (ingest numbers articles itself, so writes can run behind); null lets the store choose.</summary>
    public long? Id { get; init; }

    /// <summary>The article's identity in the store: its own id when it has one, else its file's full path (and line).</summary>
    public required string Key { get; init; }

    public required SourceDocument Document { get; init; }

    public required string Clean { get; init; }

    public string? Title { get; init; }

    /// <summary>Hash of the file's text as read: an unchanged file is skipped without extracting it again.</summary>
    public required string OriginalHash { get; init; }

    /// <summary>Hash of the clean text: the same article under another key is not stored twice.</summary>
    public required string ContentHash { get; init; }

    public required IReadOnlyList<StoredSentence> Sentences { get; init; }

    public required StoryFeatures Features { get; init; }

    public required long StoryId { get; init; }

    public required double StoryScore { get; init; }
}

/// <summary>An article read back from the store.</summary>
public sealed record StoredArticle(
    long Id,
    string Key,
    string Name,
    string File,
    int? Line,
    DocumentFormat Format,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    long StoryId,
    string Original,
    int BodyStart)
{
    /// <summary>The document as it was read, to extract again (e.g. to align it).</summary>
    public SourceDocument ToDocument() => new()
    {
        Id = Name,
        File = File,
        Line = Line,
        Original = Original,
        Format = Format,
        Title = Title,
        Source = Source,
        Url = Url,
        Published = Published,
        BodyStart = BodyStart,
    };
}

/// <summary>A story: its id, size, time span, the title of its earliest member, and whether its tree is stale.</summary>
public sealed record StorySummary(long Id, int Size, DateTimeOffset? First, DateTimeOffset? Last, string Title, bool Dirty);

/// <summary>One aligned passage as stored: spans in both original files, kind and similarity.</summary>
public sealed record StoredPassage(int TargetOffset, int TargetLength, int SourceOffset, int SourceLength, string Kind, double Similarity);

/// <summary>How much of a target one source explains, as compare judged it.</summary>
public sealed record AlignmentRecord(long TargetId, long SourceId, Verdict Verdict, double Coverage, IReadOnlyList<StoredPassage> Passages);

/// <summary>What an edge of a family tree says.</summary>
public enum EdgeKind
{
    /// <summary>The target derives from the source.</summary>
    Derived,

    /// <summary>Source and target are copies of a common origin that is not in the corpus.</summary>
    Siblings,
}

/// <summary>An edge of a story's family tree with the reasons for it.</summary>
public sealed record EdgeRecord(long SourceId, long TargetId, EdgeKind Kind, Verdict Verdict, double Coverage, IReadOnlyList<string> Reasons);
