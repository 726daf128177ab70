using System.CommandLine;
using Stemma.Storage;

namespace Stemma.Cli.Commands;

/// <summary>The <c>--db</c> option every store command shares, and opening the store it names.</summary>
internal static class StoreAccess
{
    public const string DefaultFile = "stemma.db";

    public static Option<string> DbOption() => new("--db")
    {
        Description = $"The store: an SQLite file (created if missing). Default: {DefaultFile} in the current folder.",
        DefaultValueFactory = _ => DefaultFile,
    };

    /// <summary>Opens the store, or explains on stderr why not and gives the exit code to return.</summary>
    public static SqliteStore? Open(Console2 console, string db, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        if (db.Contains('=') || db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine($"--db {db}: a PostgreSQL connection string; the server store is not built yet, use an SQLite file.");
            exitCode = ExitCodes.BadUsage;
            return null;
        }
        if (db.Length == 0)
        {
            console.Error.WriteLine("--db: an empty path; give the store's file.");
            exitCode = ExitCodes.BadUsage;
            return null;
        }
        try
        {
            return SqliteStore.Open(db);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"--db {db}: {error.Message}");
            exitCode = ExitCodes.BadInput;
            return null;
        }
    }

    /// <summary>
    /// Opens a store that must already exist (reading commands do not create one). A store that cannot be
    /// written (read-only file, folder or medium) is opened read-only: stale trees are drawn in memory, not saved.
    /// </summary>
    public static SqliteStore? OpenExisting(Console2 console, string db, out int exitCode)
    {
        if (db.Length == 0 || (!db.Contains('=') && !File.Exists(db)))
        {
            console.Error.WriteLine($"--db {db}: no such store; run `stemma ingest PATH...` or `stemma analyze PATH...` first.");
            exitCode = ExitCodes.BadInput;
            return null;
        }
        if (!db.Contains('=') && !IsWritable(db))
        {
            try
            {
                exitCode = ExitCodes.Ok;
                return SqliteStore.OpenReadOnly(db);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"--db {db}: {error.Message}");
                exitCode = ExitCodes.BadInput;
                return null;
            }
        }
        return Open(console, db, out exitCode);
    }

    private static bool IsWritable(string file)
    {
        try
        {
            using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
