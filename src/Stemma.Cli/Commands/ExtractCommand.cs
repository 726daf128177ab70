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
            Description = "Files (.txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz) or folders to read, recursively.",
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

    /// <summary>Prints each batch as soon as it is extracted: an archive of any size streams through in bounded memory.</summary>
    private static int Run(Console2 console, string[] paths, bool json)
    {
        var articles = 0;
        foreach (var batch in new TextPipeline().Stream(paths))
        {
            foreach (var article in batch.Articles)
            {
                articles++;
                if (json)
                {
                    console.Out.WriteLine(ExtractJson.Write(article));
                }
                else
                {
                    ExtractText.Write(console.Out, article);
                }
            }
            foreach (var diagnostic in batch.Diagnostics)
            {
                console.Error.WriteLine(diagnostic);
            }
        }
        return articles == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
