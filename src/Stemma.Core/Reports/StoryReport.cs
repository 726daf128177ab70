using Stemma.Claims;
using Stemma.Reading;
using Stemma.Storage;

namespace Stemma.Reports;

/// <summary>
/// A story as every host shows it (the command line, the web pages, the HTML report): its summary, members,
/// family tree and claims, and every compared pair's alignment (what the tree's edges and the trace view rest on).
/// </summary>
public sealed record StoryReport(
    StorySummary Story,
    IReadOnlyList<StoredArticle> Members,
    IReadOnlyList<EdgeRecord> Edges,
    StoryClaims Claims,
    IReadOnlyList<AlignmentRecord> Alignments)
{
    /// <summary>Stored articles left out of the story (they could not be read again, a damaged row), one diagnostic each.</summary>
    public IReadOnlyList<ReadDiagnostic> Skipped { get; init; } = [];

    /// <summary>The alignments of one target article with the sources it shares passages with, best covered first.</summary>
    public IReadOnlyList<AlignmentRecord> AlignmentsOf(long targetId) =>
        [.. Alignments.Where(a => a.TargetId == targetId).OrderByDescending(a => a.Coverage).ThenBy(a => a.SourceId)];

    /// <summary>The alignment of <paramref name="targetId"/> with <paramref name="sourceId"/>, if they share passages.</summary>
    public AlignmentRecord? Alignment(long sourceId, long targetId) =>
        Alignments.FirstOrDefault(a => a.SourceId == sourceId && a.TargetId == targetId);
}
