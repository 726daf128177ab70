using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Pipeline;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>stemma compare TARGET SOURCE... [--json]</c> and <c>stemma compare --batch FILE [--json]</c>: how much
/// of each target derives from its sources, with the passages taken.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(Console2 console)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The target article, then one or more candidate source articles (.txt, .html, .htm, .jsonl).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var batch = new Option<string?>("--batch")
        {
            Description = "Compare every pair listed in FILE, one a line: target<TAB>source[;source...]. Relative paths are taken from FILE's folder. Prints one JSON object a line, in input order.",
        };
        var json = new Option<bool>("--json") { Description = "Print JSON (one object a line) instead of the terminal view." };
        var command = new Command("compare", "Tell how much of a target article derives from candidate sources (wholly, partially, none) and show the passages it took.")
        {
            files,
            batch,
            json,
        };
        var settings = new CompareOptionSet();
        settings.AddTo(command);
        command.SetAction(parse => settings.Build(parse, console) is { } options
            ? Run(console, options, parse.GetValue(files) ?? [], parse.GetValue(batch), parse.GetValue(json))
            : ExitCodes.BadInput);
        return command;
    }

    private static int Run(Console2 console, ComparePipelineOptions options, string[] files, string? batch, bool json)
    {
        var pipeline = new ComparePipeline(options);
        if (batch is not null)
        {
            if (files.Length > 0)
            {
                console.Error.WriteLine("compare: give either --batch FILE or TARGET SOURCE..., not both.");
                return ExitCodes.BadUsage;
            }
            return RunBatch(console, pipeline, batch);
        }
        if (files.Length < 2)
        {
            console.Error.WriteLine("compare: give a target and at least one source (stemma compare TARGET SOURCE...), or --batch FILE.");
            return ExitCodes.BadUsage;
        }
        var outcome = pipeline.Compare(new CompareRequest(files[0], files[1..]));
        if (outcome.Comparison is null)
        {
            console.Error.WriteLine(outcome.Error);
            return ExitCodes.BadInput;
        }
        if (json)
        {
            console.Out.WriteLine(CompareJson.Write(outcome));
        }
        else
        {
            CompareText.Write(console.Out, outcome);
        }
        return ExitCodes.Ok;
    }

    private static int RunBatch(Console2 console, ComparePipeline pipeline, string batch)
    {
        using var reader = InputFiles.Open(console, batch, "batch file");
        if (reader is null)
        {
            return ExitCodes.BadInput;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(batch))!;
        var answered = 0;
        var failed = 0;
        foreach (var outcome in pipeline.CompareAll(CompareBatchFile.Parse(reader, folder)))
        {
            answered++;
            if (outcome.Error is not null)
            {
                failed++;
                console.Error.WriteLine($"{batch}:{outcome.Request.Line}: {outcome.Error}");
            }
            console.Out.WriteLine(CompareJson.Write(outcome));
        }
        return answered > 0 && failed == answered ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
