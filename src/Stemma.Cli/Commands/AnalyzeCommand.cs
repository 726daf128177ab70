using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Pipeline;
using Stemma.Provenance;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>stemma analyze PATH... [--db FILE] [--json]</c>, the main job: ingest the articles, group them into
/// stories, draw each touched story's family tree, and print every touched story.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(Console2 console)
    {
        var paths = IngestCommand.PathsArgument();
        var db = StoreAccess.DbOption();
        var json = new Option<bool>("--json") { Description = "Print each story of these articles as one JSON object a line (as `stemma story --json`)." };
        var command = new Command("analyze", "Ingest articles, group them into stories and draw each story's family tree: the main job.") { paths, db, json };
        var embeddings = new EmbeddingOption();
        embeddings.AddTo(command, withStoreFile: false);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(console, parse.GetValue(db)!, out var exit);
            if (store is null)
            {
                return exit;
            }
            // With --embeddings the sentence vectors are kept in the store, so analysing again embeds nothing.
            if (embeddings.Apply(parse, console, ProvenanceOptions.Default.Alignment, store) is not { } alignment)
            {
                return ExitCodes.BadInput;
            }
            var asJson = parse.GetValue(json);
            var summary = IngestCommand.Ingest(console, store, parse.GetValue(paths)!, summaryOnStderr: asJson);
            if (summary.Read == 0)
            {
                return Failures.ReportStore(console, store, summary.Rejected > 0 ? ExitCodes.BadInput : ExitCodes.Ok);
            }
            var trees = new TreePipeline(store, ProvenanceOptions.Default with { Alignment = alignment });
            ProgressView.Run(console.Error, "trees", report =>
                trees.RefreshStale(summary.Stories, ProgressView.Synchronous<(int Done, int Total)>(p => report(p.Done, p.Total, "stories"))));
            var failures = new List<ArticleFailure>(trees.Failures);
            var stories = store.Stories(summary.Stories);
            if (!asJson)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")} in these articles:");
                StoryText.WriteList(console.Out, stories);
            }
            foreach (var story in stories)
            {
                // One story the later stages fail on is skipped with a line on stderr; the others are printed.
                var report = ArticleGuard.Run($"story {story.Id}", "story", () => StoryCommand.Load(store, story.Id), null, failures);
                if (report is null)
                {
                    continue;
                }
                if (!asJson)
                {
                    console.Out.WriteLine();
                }
                StoryCommand.Write(console, report, asJson);
                failures.AddRange(report.Claims.Failures);
            }
            return Failures.ReportStore(console, store, Failures.Report(console, failures));
        });
        return command;
    }
}
