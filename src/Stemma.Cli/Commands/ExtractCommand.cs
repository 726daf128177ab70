using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Pipeline;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma extract FILE... [--json]</c>: the clean text, sentences and removed lines of each article.</summary>
internal static class ExtractCommand
{
    public static Command Create(Console2 console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .jsonl) or folders to read, recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per article, one a line." };
        var command = new Command("extract", "Print each article's clean text, its sentences with their offsets in the original file, and the lines removed as boilerplate, with reasons.")
        {
            paths,
            json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(Console2 console, string[] paths, bool json)
    {
        var result = new TextPipeline().Run(paths);
        foreach (var article in result.Articles)
        {
            if (json)
            {
                console.Out.WriteLine(ExtractJson.Write(article));
            }
            else
            {
                ExtractText.Write(console.Out, article);
            }
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic);
        }
        return result.Articles.Count == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
