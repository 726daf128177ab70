using Microsoft.Data.Sqlite;
using Stemma.Pipeline;

namespace Stemma.Cli;

/// <summary>How the commands report items skipped after an unexpected failure: one line each, a stack trace only with --verbose.</summary>
internal static class Failures
{
    /// <summary>Writes each failure on stderr; returns the exit code to give (<see cref="ExitCodes.Skipped"/> when any).</summary>
    public static int Report(Console2 console, IEnumerable<ArticleFailure> failures, int otherwise = ExitCodes.Ok)
    {
        var any = false;
        foreach (var failure in failures)
        {
            any = true;
            console.Error.WriteLine(failure.ToString());
            if (console.Verbose)
            {
                console.Error.WriteLine(failure.Exception);
            }
        }
        return any ? ExitCodes.Skipped : otherwise;
    }

    /// <summary>
    /// Writes on stderr each bad store row the readers skipped or defaulted (named by table and row id); returns
    /// <see cref="ExitCodes.Skipped"/> when any and <paramref name="exit"/> was Ok, else <paramref name="exit"/>.
    /// </summary>
    public static int ReportStore(Console2 console, Stemma.Storage.SqliteStore store, int exit)
    {
        var problems = store.Problems;
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"--db {store.Path}: {problem}");
        }
        return problems.Count > 0 && exit == ExitCodes.Ok ? ExitCodes.Skipped : exit;
    }

    /// <summary>One line for a failure that stopped a command: a full disk and a damaged store said plainly.</summary>
    public static string Describe(string where, Exception failure)
    {
        var inner = failure is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : failure;
        return inner switch
        {
            SqliteException { SqliteErrorCode: 13 } => $"{where}: the disk is full (SQLite: {inner.Message}); free some space and run it again: what was committed is kept.",
            IOException when IsDiskFull(inner) => $"{where}: the disk is full ({inner.Message}); free some space and run it again.",
            SqliteException { SqliteErrorCode: 11 or 26 } => $"{where}: the store is damaged (SQLite: {inner.Message}); `stemma check --db FILE` says where.",
            SqliteException { SqliteErrorCode: 8 } => $"{where}: the store is read-only (SQLite: {inner.Message}).",
            _ when IsBadInput(inner) => $"{where}: cannot read its input: {FirstLine(inner.Message)}",
            _ => $"{where}: stopped by an unexpected {inner.GetType().Name}: {FirstLine(inner.Message)} (run again with --verbose for the stack trace)",
        };
    }

    /// <summary>
    /// A failure that says the input is malformed or missing (an eval corpus that is not what it should be, a
    /// file that vanished), not that Stemma is wrong: exit code 2, like other bad input.
    /// </summary>
    public static bool IsBadInput(Exception failure)
    {
        var inner = failure is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : failure;
        return inner is System.Text.Json.JsonException or FormatException or InvalidDataException or FileNotFoundException
            or DirectoryNotFoundException or UnauthorizedAccessException || (inner is IOException && !IsDiskFull(inner));
    }

    private static bool IsDiskFull(Exception error) => (error.HResult & 0xFFFF) is 28 or 39 or 112;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
