using Stemma.Cli;

namespace Stemma;

/// <summary>Runs the <c>stemma</c> command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StemmaCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
