using System.CommandLine;
using System.Globalization;
using Stemma.Cli.Output;
using Stemma.Pipeline;
using Stemma.Reading;
using Stemma.Storage;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma ingest PATH... [--db FILE]</c>: read articles into the store and place each in a story.</summary>
internal static class IngestCommand
{
    public static Command Create(Console2 console)
    {
        var paths = PathsArgument();
        var db = StoreAccess.DbOption();
        var command = new Command("ingest", "Read articles into the store and place each in a story (re-ingesting updates, never duplicates).") { paths, db };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            var summary = Ingest(console, store, parse.GetValue(paths)!);
            return Failures.ReportStore(console, store, summary.Read == 0 && summary.Rejected > 0 ? ExitCodes.BadInput : ExitCodes.Ok);
        });
        return command;
    }

    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Files or folders of articles (.txt, .html, .htm, .jsonl); folders are read recursively.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Runs an ingest with progress on stderr, then prints its problems (stderr) and summary (stdout).</summary>
    public static IngestSummary Ingest(Console2 console, SqliteStore store, string[] paths, bool summaryOnStderr = false)
    {
        var summary = ProgressView.Run(console.Error, "ingest", report =>
        {
            var pipeline = new IngestPipeline(store);
            var progress = ProgressView.Synchronous<IngestProgress>(p => report(p.FilesRead, p.Files, $"files, {p.Articles:N0} articles"));
            return pipeline.Run(paths, progress);
        });
        foreach (var diagnostic in summary.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
        var (articles, stories) = store.Counts();
        var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Read / summary.Elapsed.TotalSeconds : 0;
        (summaryOnStderr ? console.Error : console.Out).WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested into {store.Path}: {summary.Read:N0} read, {summary.New:N0} new, {summary.Updated:N0} updated, {summary.Unchanged:N0} unchanged, {summary.Rejected:N0} rejected; {summary.Stories.Count:N0} stories touched; the store holds {articles:N0} articles in {stories:N0} stories ({summary.Elapsed.TotalSeconds:0.0} s, {rate:N0} articles/s)"));
        return summary;
    }

}
