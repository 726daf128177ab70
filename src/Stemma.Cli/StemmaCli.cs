using System.CommandLine;
using Stemma.Cli.Commands;

namespace Stemma.Cli;

/// <summary>Exit codes of the <c>stemma</c> command (DESIGN.md's contract).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadUsage = 1;
    public const int BadInput = 2;
}

/// <summary>The writers a command prints to: results on <see cref="Out"/>, problems on <see cref="Error"/>.</summary>
internal sealed record Console2(TextWriter Out, TextWriter Error);

/// <summary>Builds the <c>stemma</c> command tree; each command lives in its own file under Commands/.</summary>
public static class StemmaCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new Console2(output, error);
        var root = new RootCommand("Stemma traces news text reuse: where a story came from and who copied it.");
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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
