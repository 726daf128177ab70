using Stemma.Claims;
using Stemma.Pipeline;
using Stemma.Storage;

namespace Stemma.Reports;

/// <summary>
/// Reads one story for showing: its members, tree and claims. A story that ingest changed since its tree was
/// drawn is drawn again (<see cref="TreePipeline.Refresh(long, IReadOnlyList{Provenance.StoryMember})"/>) and
/// the tree just drawn is shown, not read back, so a read-only store shows the same as a writable one.
/// </summary>
public static class StoryReader
{
    /// <summary>
    /// The story, or null when the store has no story <paramref name="storyId"/>. Without <paramref name="claims"/>
    /// the claims are left empty (a view of one pair does not show them, and they cost as much as the rest).
    /// </summary>
    public static StoryReport? Load(SqliteStore store, long storyId, bool claims = true)
    {
        var summary = store.Stories([storyId]).SingleOrDefault();
        if (summary is null)
        {
            return null;
        }
        var pipeline = new TreePipeline(store);
        var members = pipeline.Members(storyId);
        var stored = store.Members(storyId);
        var found = claims ? new ClaimsAnalyzer().Analyze(members) : StoryClaims.Empty;
        // A stale tree is drawn again (saved unless the store is read-only) and shown as drawn, not read back.
        var (edges, drawn) = pipeline.Current(storyId, summary.Dirty, members);
        IReadOnlyList<AlignmentRecord> alignments = drawn is not null
            ? drawn.Alignments
            : [.. stored.SelectMany(m => store.AlignmentsOf(m.Id))];
        // A member the store skipped as unreadable (named in store.Problems) is left out of every edge and
        // alignment that points at it, so the views never look up an article they were not given.
        var ids = stored.Select(m => m.Id).ToHashSet();
        edges = [.. edges.Where(e => ids.Contains(e.SourceId) && ids.Contains(e.TargetId))];
        alignments = [.. alignments.Where(a => ids.Contains(a.SourceId) && ids.Contains(a.TargetId))];
        return new StoryReport(summary with { Dirty = false }, stored, edges, found, alignments) { Skipped = pipeline.Skipped };
    }
}
