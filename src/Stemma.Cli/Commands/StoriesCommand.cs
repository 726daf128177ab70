using System.CommandLine;
using Stemma.Cli.Output;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma stories [--json]</c>: the stories in the store, largest first.</summary>
internal static class StoriesCommand
{
    public static Command Create(Console2 console)
    {
        var db = StoreAccess.DbOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object a line: {id, size, first, last, title, articles: [{id, name}]}." };
        var command = new Command("stories", "List the stories in the store, largest first.") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            var stories = store.Stories();
            if (parse.GetValue(json))
            {
                var articles = store.StoryArticles();
                foreach (var story in stories)
                {
                    console.Out.WriteLine(StoryJson.Summary(story, articles.TryGetValue(story.Id, out var members) ? members : []));
                }
            }
            else
            {
                StoryText.WriteList(console.Out, stories);
            }
            return Failures.ReportStore(console, store, ExitCodes.Ok);
        });
        return command;
    }
}
