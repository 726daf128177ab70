using System.CommandLine;
using System.Globalization;
using Stemma.Cli.Output;
using Stemma.Storage;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma story ID [--json]</c>: one story's members and family tree, with the reasons for each edge, and its claims.</summary>
internal static class StoryCommand
{
    public static Command Create(Console2 console)
    {
        var id = new Argument<string>("id") { Description = "The story's number, as `stemma stories` lists it." };
        var db = StoreAccess.DbOption();
        var json = new Option<bool>("--json") { Description = "Print the story as one JSON object (members with roles, edges with reasons)." };
        var command = new Command("story", "Show one story: its articles and family tree (who copied whom, and why).") { id, db, json };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(id)!.TrimStart('#');
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
            {
                console.Error.WriteLine($"story: '{parse.GetValue(id)}' is not a story number; `stemma stories` lists them.");
                return ExitCodes.BadUsage;
            }
            using var store = StoreAccess.OpenExisting(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            var report = Load(store, storyId);
            if (report is null)
            {
                console.Error.WriteLine($"story: no story {storyId} in {store.Path}; `stemma stories` lists them.");
                return ExitCodes.BadInput;
            }
            Write(console, report, parse.GetValue(json));
            return Failures.ReportStore(console, store, Failures.Report(console, report.Claims.Failures, report.Skipped.Count > 0 ? ExitCodes.Skipped : ExitCodes.Ok));
        });
        return command;
    }

    /// <summary>A story with its tree, drawn again first if ingest changed it since.</summary>
    public static StoryReport? Load(SqliteStore store, long storyId) => StoryReader.Load(store, storyId);

    public static void Write(Console2 console, StoryReport report, bool json)
    {
        foreach (var limit in report.Claims.Limits)
        {
            console.Error.WriteLine($"story {report.Story.Id}: limit: {limit}");
        }
        foreach (var skipped in report.Skipped)
        {
            console.Error.WriteLine($"story {report.Story.Id}: {skipped}");
        }
        if (json)
        {
            console.Out.WriteLine(StoryJson.Tree(report));
        }
        else
        {
            StoryText.WriteTree(console.Out, report);
            ClaimsText.Write(console.Out, report.Claims, report.Members.Count);
        }
    }
}
