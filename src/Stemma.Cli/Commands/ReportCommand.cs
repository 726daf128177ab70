using System.CommandLine;
using Stemma.Storage;
using Stemma.Web;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma report STORY... [--db FILE] --out FILE.html</c>: stories as one self-contained HTML file, to mail or archive.</summary>
internal static class ReportCommand
{
    public static Command Create(Console2 console)
    {
        var stories = new Argument<string[]>("story") { Description = "The stories' numbers, as `stemma stories` lists them.", Arity = ArgumentArity.OneOrMore };
        var db = StoreAccess.DbOption();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Write stories (family tree, claims, each edge's passages side by side) as one self-contained HTML file.") { stories, db, output };
        command.SetAction(parse =>
        {
            var ids = new List<long>();
            foreach (var text in parse.GetValue(stories)!)
            {
                if (!Requests.TryId(text, out var id))
                {
                    console.Error.WriteLine($"report: '{text}' is not a story number; `stemma stories` lists them.");
                    return ExitCodes.BadUsage;
                }
                ids.Add(id);
            }
            using var store = StoreAccess.OpenExisting(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            var reports = new List<StoryReport>();
            foreach (var id in ids.Distinct())
            {
                if (StoryReader.Load(store, id) is not { } report)
                {
                    console.Error.WriteLine($"report: no story {id} in {store.Path}; `stemma stories` lists them.");
                    return ExitCodes.BadInput;
                }
                reports.Add(report);
            }
            var path = parse.GetValue(output)!;
            try
            {
                File.WriteAllText(path, HtmlReport.Write(reports));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"report: cannot write {path}: {error.Message}");
                return ExitCodes.BadInput;
            }
            console.Out.WriteLine($"wrote {path}: {reports.Count} {(reports.Count == 1 ? "story" : "stories")}, one file that needs no network.");
            return Failures.ReportStore(console, store, ExitCodes.Ok);
        });
        return command;
    }
}
