using System.Globalization;
using Stemma.Claims;
using Stemma.Provenance;
using Stemma.Storage;

namespace Stemma.Cli.Output;

/// <summary>
/// The terminal view of stories: a table of stories, and a story's family tree as indented text (origins
/// with what derives from them, copies of a missing origin under a marked placeholder, independent
/// reports last), each edge with its verdict, coverage and reasons.
/// </summary>
internal static class StoryText
{
    public static void WriteList(TextWriter writer, IReadOnlyList<StorySummary> stories)
    {
        if (stories.Count == 0)
        {
            writer.WriteLine("no stories yet: run `stemma ingest PATH...` or `stemma analyze PATH...`");
            return;
        }
        writer.WriteLine($"{"story",6}  {"articles",8}  {"published",-33}  title");
        foreach (var story in stories)
        {
            writer.WriteLine($"{story.Id,6}  {story.Size,8}  {Span(story),-33}  {story.Title}");
        }
    }

    public static void WriteTree(TextWriter writer, StoryReport report)
    {
        var story = report.Story;
        writer.WriteLine($"Story {story.Id}: {story.Title}");
        writer.WriteLine($"{story.Size} article{(story.Size == 1 ? "" : "s")}, {Span(story)}");
        writer.WriteLine();
        var byId = report.Members.ToDictionary(m => m.Id);
        var derived = report.Edges.Where(e => e.Kind == EdgeKind.Derived).ToList();
        var children = derived.ToLookup(e => e.SourceId);
        var hasParent = derived.Select(e => e.TargetId).ToHashSet();
        var shown = new HashSet<long>();

        void Node(long id, string indent, EdgeRecord? via)
        {
            var article = byId[id];
            var label = $"{indent}{(via is null ? "" : "└ ")}{article.Name}  ({Describe(article)})";
            if (via is not null)
            {
                label += Invariant($"  {Verdicts.Name(via.Verdict)}, {via.Coverage:0%} from {byId[via.SourceId].Name}");
            }
            var inner = indent + (via is null ? "  " : "    ");
            var first = shown.Add(id);
            writer.WriteLine(first ? label : label + "  (what derives from it is shown above)");
            foreach (var reason in via?.Reasons ?? [])
            {
                writer.WriteLine($"{inner}· {reason}");
            }
            if (!first)
            {
                return;
            }
            foreach (var edge in children[id])
            {
                Node(edge.TargetId, inner, edge);
            }
        }

        foreach (var group in FamilyTree.SiblingGroups(report.Edges))
        {
            var roots = group.Where(id => !hasParent.Contains(id)).ToList();
            if (roots.Count < 2)
            {
                continue;
            }
            writer.WriteLine("[missing origin] copies of one text that is not in the corpus:");
            foreach (var edge in report.Edges.Where(e => e.Kind == EdgeKind.Siblings && group.Contains(e.SourceId)))
            {
                writer.WriteLine($"    · {string.Join("; ", edge.Reasons)}");
            }
            foreach (var id in roots)
            {
                Node(id, "  ", null);
            }
        }
        foreach (var member in report.Members.Where(m => !hasParent.Contains(m.Id) && children[m.Id].Any() && !shown.Contains(m.Id)))
        {
            writer.WriteLine("origin:");
            Node(member.Id, "  ", null);
        }
        var independent = report.Members.Where(m => !shown.Contains(m.Id) && FamilyTree.RoleOf(report.Edges, m.Id) == TreeRole.Independent).ToList();
        if (independent.Count > 0)
        {
            writer.WriteLine("independent (nothing taken from the others):");
            foreach (var member in independent)
            {
                Node(member.Id, "  ", null);
            }
        }
        foreach (var member in report.Members.Where(m => !shown.Contains(m.Id)))
        {
            Node(member.Id, "  ", null); // anything a cycle of siblings left out
        }
    }


    public static string Describe(StoredArticle article)
    {
        var parts = new List<string>();
        if (article.Source is { } source)
        {
            parts.Add(source);
        }
        parts.Add(article.Published is { } time ? Time(time) : "undated");
        return string.Join(", ", parts);
    }

    public static string Span(StorySummary story) => (story.First, story.Last) switch
    {
        ({ } first, { } last) when first == last => Time(first),
        ({ } first, { } last) => $"{Time(first)} – {Time(last)}",
        _ => "undated",
    };

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
