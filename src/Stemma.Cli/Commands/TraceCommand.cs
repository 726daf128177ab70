using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Provenance;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma trace ARTICLE [--json]</c>: where an article's passages came from, and who took from it.</summary>
internal static class TraceCommand
{
    public static Command Create(Console2 console)
    {
        var article = new Argument<string>("article") { Description = "The article: its store number (#12), its id (file name without extension), or its file path." };
        var db = StoreAccess.DbOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the article, its sources with passages, and the articles that took from it." };
        var command = new Command("trace", "Show where an article's passages came from (with offsets on both sides) and which articles took from it.") { article, db, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            var reference = parse.GetValue(article)!;
            var found = store.Find(reference);
            if (found.Count == 0)
            {
                console.Error.WriteLine($"trace: no article '{reference}' in {store.Path}; give its number, id or file path (`stemma story ID` lists them).");
                return ExitCodes.BadInput;
            }
            if (found.Count > 1)
            {
                console.Error.WriteLine($"trace: '{reference}' names {found.Count} articles; give one of their numbers:");
                foreach (var candidate in found)
                {
                    console.Error.WriteLine($"  #{candidate.Id}  {candidate.File}");
                }
                return ExitCodes.BadUsage;
            }
            var target = found[0];
            var report = StoryCommand.Load(store, target.StoryId)!;
            var alignments = report.AlignmentsOf(target.Id);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonLines.Write(TraceJson.Trace(target, report)));
            }
            else
            {
                WriteText(console.Out, target, report, alignments);
            }
            return Failures.ReportStore(console, store, ExitCodes.Ok);
        });
        return command;
    }

    private static void WriteText(TextWriter writer, StoredArticle target, StoryReport report, IReadOnlyList<AlignmentRecord> alignments)
    {
        var byId = report.Members.ToDictionary(m => m.Id);
        var role = FamilyTree.RoleOf(report.Edges, target.Id);
        writer.WriteLine($"{target.Name}  ({StoryText.Describe(target)})");
        writer.WriteLine($"story {report.Story.Id}: {report.Story.Title}; {StoryJson.Role(role).Replace('-', ' ')}");
        var parents = report.Edges.Where(e => e.TargetId == target.Id && e.Kind == EdgeKind.Derived).ToDictionary(e => e.SourceId);
        if (alignments.Count == 0)
        {
            writer.WriteLine("no passage of it was found in the other articles of its story.");
        }
        foreach (var alignment in alignments.OrderByDescending(a => parents.ContainsKey(a.SourceId)).ThenByDescending(a => a.Coverage))
        {
            var source = byId[alignment.SourceId];
            var isParent = parents.TryGetValue(source.Id, out var edge);
            writer.WriteLine();
            writer.WriteLine(isParent
                ? $"taken from {source.Name}  ({StoryText.Describe(source)}): {Verdicts.Name(alignment.Verdict)}, {alignment.Coverage:0%} of this article"
                : $"shares passages with {source.Name}  ({StoryText.Describe(source)}), not a parent in the tree: {alignment.Coverage:0%} of this article");
            foreach (var reason in edge?.Reasons ?? [])
            {
                writer.WriteLine($"    · {reason}");
            }
            var targetScalars = new ScalarOffsets(target.Original);
            var sourceScalars = new ScalarOffsets(source.Original);
            foreach (var passage in alignment.Passages)
            {
                var (to, tl) = targetScalars.ToScalar(passage.TargetOffset, passage.TargetLength);
                var (so, sl) = sourceScalars.ToScalar(passage.SourceOffset, passage.SourceLength);
                writer.WriteLine($"  {passage.Kind} {passage.Similarity:0.00}: here {to}+{tl} ← there {so}+{sl}");
                writer.WriteLine($"    \"{Snippet(target.Original, passage.TargetOffset, passage.TargetLength)}\"");
            }
        }
        var children = report.Edges.Where(e => e.SourceId == target.Id && e.Kind == EdgeKind.Derived).ToList();
        if (children.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("taken by:");
            foreach (var child in children)
            {
                writer.WriteLine($"  {byId[child.TargetId].Name}  ({StoryText.Describe(byId[child.TargetId])}): {Verdicts.Name(child.Verdict)}, {child.Coverage:0%} of it");
            }
        }
    }

    private static string Snippet(string text, int offset, int length)
    {
        var span = string.Join(' ', text.Substring(offset, Math.Min(length, text.Length - offset)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return span.Length <= 110 ? span : span[..107] + "...";
    }
}
