using System.Diagnostics;

namespace Stemma.Fuzz;

/// <summary>How one command ended: exit code, output, whether it was killed at the time limit, its peak memory.</summary>
internal sealed record CommandRun(string[] Args, int ExitCode, string Out, string Error, bool TimedOut, long PeakBytes, TimeSpan Elapsed)
{
    /// <summary>An unexpected exception reached the user: the last error boundary's exit code, a crash, or a stack trace.</summary>
    public bool Crashed => !TimedOut && (ExitCode is 4 or >= 128 or < 0 || Error.Contains("Unhandled exception", StringComparison.Ordinal) || Error.Contains("\n   at ", StringComparison.Ordinal));

    /// <summary>Runs <c>dotnet stemma.dll ARGS</c> with a time limit, sampling its peak resident memory.</summary>
    public static CommandRun Start(string stemmaDll, string[] args, TimeSpan limit)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(stemmaDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_gcServer"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var timedOut = false;
        while (!process.WaitForExit(25))
        {
            peak = Math.Max(peak, PeakOf(process));
            if (clock.Elapsed > limit)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }
        var outText = output.Wait(TimeSpan.FromSeconds(10)) ? output.Result : "";
        var errText = error.Wait(TimeSpan.FromSeconds(10)) ? error.Result : "";
        return new CommandRun(args, timedOut ? -1 : process.ExitCode, outText, errText, timedOut, peak, clock.Elapsed);
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between the check and the read
        }
    }
}
