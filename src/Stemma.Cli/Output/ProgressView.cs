using System.Diagnostics;
using Spectre.Console;

namespace Stemma.Cli.Output;

/// <summary>
/// Progress of long work: a bar when stderr is the terminal, otherwise a plain line on stderr every few
/// seconds and at the end (progress bars draw only on a terminal).
/// </summary>
internal static class ProgressView
{
    /// <summary>Runs <paramref name="work"/>, showing how many of <c>total</c> units are done.</summary>
    public static T Run<T>(TextWriter error, string what, Func<Action<int, int, string>, T> work)
    {
        if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return terminal.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask(what);
                return work((done, total, detail) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                    task.Description = $"{what} {detail}";
                });
            });
        }
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return work((done, total, detail) =>
        {
            if (done == total || clock.Elapsed - last >= TimeSpan.FromSeconds(2))
            {
                last = clock.Elapsed;
                error.WriteLine($"{what}: {done:N0} / {total:N0} {detail}");
            }
        });
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    public static IProgress<T> Synchronous<T>(Action<T> report) => new SynchronousProgress<T>(report);

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
