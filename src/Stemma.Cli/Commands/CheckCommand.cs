using System.CommandLine;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma check [--db FILE]</c>: SQLite's integrity check and Stemma's own, saying what is damaged.</summary>
internal static class CheckCommand
{
    public static Command Create(Console2 console)
    {
        var db = StoreAccess.DbOption();
        var command = new Command("check", "Check the store: SQLite's integrity check, then Stemma's (every article, story, alignment and edge readable and consistent).") { db };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(db)!;
            if (file.Length == 0 || !File.Exists(file))
            {
                console.Error.WriteLine($"--db {file}: no such store.");
                return ExitCodes.BadInput;
            }
            Storage.SqliteStore store;
            try
            {
                store = Storage.SqliteStore.OpenReadOnly(file);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"--db {file}: refused: {error.Message}");
                return ExitCodes.BadInput;
            }
            using (store)
            {
                var problems = store.Check();
                foreach (var problem in problems)
                {
                    console.Out.WriteLine(problem);
                }
                var (articles, stories) = store.Counts();
                console.Out.WriteLine(problems.Count == 0
                    ? $"{store.Path}: ok ({articles:N0} articles in {stories:N0} stories)"
                    : $"{store.Path}: {problems.Count:N0} problem{(problems.Count == 1 ? "" : "s")} found (listing stops at 200); `stemma ingest` of the same files again rewrites damaged articles");
                return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
            }
        });
        return command;
    }
}
