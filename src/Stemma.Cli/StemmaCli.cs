using System.CommandLine;
using Stemma.Cli.Commands;

namespace Stemma.Cli;

/// <summary>Exit codes of the <c>stemma</c> command (DESIGN.md's contract).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadUsage = 1;
    public const int BadInput = 2;

    /// <summary>The command finished, but some items (articles, stories, pairs) were skipped after an unexpected failure; stderr names each.</summary>
    public const int Skipped = 3;

    /// <summary>The command stopped on an unexpected failure (or the disk is full); stderr says which, in one line.</summary>
    public const int Failed = 4;
}

/// <summary>The writers a command prints to: results on <see cref="Out"/>, problems on <see cref="Error"/>.</summary>
internal sealed record Console2(TextWriter Out, TextWriter Error)
{
    /// <summary>Set by the global <c>--verbose</c> option: show stack traces of unexpected failures.</summary>
    public bool Verbose { get; set; }
}

/// <summary>Builds the <c>stemma</c> command tree; each command lives in its own file under Commands/.</summary>
public static class StemmaCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new Console2(output, error);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Length == 0 || args[i].Contains('\0', StringComparison.Ordinal))
            {
                error.WriteLine($"stemma: argument {i + 1} is {(args[i].Length == 0 ? "an empty string" : "text with a NUL character")}; give a path or a value.");
                return ExitCodes.BadUsage;
            }
        }
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of an unexpected failure (for a bug report).", Recursive = true };
        var root = new RootCommand("Stemma traces news text reuse: where a story came from and who copied it.") { verbose };
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(LexiconCommand.Create(console));
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(StoriesCommand.Create(console));
        root.Subcommands.Add(StoryCommand.Create(console));
        root.Subcommands.Add(TraceCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));

        // A file named "@x.txt" is a file, not a response file of more arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        console.Verbose = parse.GetValue(verbose);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The last error boundary: one line naming the command and the failure, never a stack trace unless asked.
            var command = parse.CommandResult.Command.Name;
            error.WriteLine(Failures.Describe($"stemma {command}", failure));
            if (console.Verbose)
            {
                error.WriteLine(failure);
            }
            return Failures.IsBadInput(failure) ? ExitCodes.BadInput : ExitCodes.Failed;
        }
    }
}
