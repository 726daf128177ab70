using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Provenance;

/// <summary>A story's article as provenance sees it: its store id, name, source, time and segmented text.</summary>
public sealed record StoryMember(long Id, string Name, string? Source, DateTimeOffset? Published, SegmentedArticle Article);

/// <summary>What an article is in its story's tree.</summary>
public enum TreeRole
{
    /// <summary>Nothing in the story derives from it and it derives from nothing: its own reporting.</summary>
    Independent,

    /// <summary>Others derive from it and it derives from nothing in the story.</summary>
    Origin,

    /// <summary>It derives from at least one other article of the story.</summary>
    Derived,

    /// <summary>It and another article are copies of a common origin that is not in the corpus.</summary>
    CopyOfMissingOrigin,
}

/// <summary>A story's family tree: the edges with their reasons, and every compared pair's alignment.</summary>
public sealed record FamilyTree(IReadOnlyList<EdgeRecord> Edges, IReadOnlyList<AlignmentRecord> Alignments)
{
    /// <summary>The role of one article, read from the edges.</summary>
    public TreeRole RoleOf(long article) => RoleOf(Edges, article);

    /// <summary>The role of one article among <paramref name="edges"/>.</summary>
    public static TreeRole RoleOf(IReadOnlyList<EdgeRecord> edges, long article)
    {
        if (edges.Any(e => e.Kind == EdgeKind.Derived && e.TargetId == article))
        {
            return TreeRole.Derived;
        }
        if (edges.Any(e => e.Kind == EdgeKind.Siblings && (e.SourceId == article || e.TargetId == article)))
        {
            return TreeRole.CopyOfMissingOrigin;
        }
        return edges.Any(e => e.SourceId == article) ? TreeRole.Origin : TreeRole.Independent;
    }

    /// <summary>
    /// The groups of articles joined by sibling edges: each group is the copies of one origin missing from
    /// the corpus, in the order the groups were first met.
    /// </summary>
    public static IReadOnlyList<HashSet<long>> SiblingGroups(IReadOnlyList<EdgeRecord> edges)
    {
        var groups = new List<HashSet<long>>();
        foreach (var edge in edges.Where(e => e.Kind == EdgeKind.Siblings))
        {
            var joined = groups.Where(g => g.Contains(edge.SourceId) || g.Contains(edge.TargetId)).ToList();
            var group = new HashSet<long> { edge.SourceId, edge.TargetId };
            foreach (var old in joined)
            {
                group.UnionWith(old);
                groups.Remove(old);
            }
            groups.Add(group);
        }
        return groups;
    }
}
