using System.CommandLine;
using System.Text.Json.Nodes;
using Stemma.Cli.Output;
using Stemma.Evaluation;
using static System.FormattableString;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma eval extraction DIR</c>: main-text extraction on trafilatura's labelled web pages.</summary>
internal static class EvalExtractionCommand
{
    public static Command Create(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "Folder with evaldata.json and pages/ (e.g. ../shared/eval-data/web-extraction)." };
        var items = new Option<string?>("--items") { Description = "Write each page's result to this file, one JSON object a line: its main-text pieces missed and boilerplate pieces kept." };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Also cross-validate the cascade's measured weights: folds by site, each weight chosen again on the other folds, the held-out F1 printed (a few minutes)." };
        var folds = new Option<int>("--folds") { Description = "Folds for --cross-validate (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("extraction", "Main-text extraction: trafilatura's measure (with/without pieces found), overall and per language, and the pages where no main-text piece was found. Extracts exactly as `stemma extract` does.") { dir, items, crossValidate, folds };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, ExtractionEvaluation.LabelsFile)) || !Directory.Exists(Path.Combine(folder, ExtractionEvaluation.PagesFolder)))
            {
                console.Error.WriteLine($"{folder}: needs {ExtractionEvaluation.LabelsFile} and {ExtractionEvaluation.PagesFolder}/ (e.g. ../shared/eval-data/web-extraction)");
                return ExitCodes.BadInput;
            }
            var result = ExtractionEvaluation.Run(folder);
            Write(console.Out, result);
            if (parse.GetValue(items) is { } itemsFile)
            {
                WriteItems(itemsFile, result);
            }
            if (parse.GetValue(crossValidate))
            {
                if (parse.GetValue(folds) < 2)
                {
                    console.Error.WriteLine("--folds must be at least 2");
                    return ExitCodes.BadUsage;
                }
                WriteCrossValidation(console.Out, ExtractionCrossValidation.Run(folder, parse.GetValue(folds)));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter writer, ExtractionEvaluationResult result)
    {
        var all = result.Overall;
        var missed = result.NothingFound.ToList();
        writer.WriteLine(Invariant($"extraction: F1 {all.F1:0.000}   precision {all.Precision:0.000}   recall {all.Recall:0.000}   accuracy {all.Accuracy:0.000}"));
        writer.WriteLine(Invariant($"  {all.Pages:N0} pages; no main-text piece found on {missed.Count:N0} ({Share(missed.Count, all.Pages):0.0} %); tp {all.TruePositives:N0} fn {all.FalseNegatives:N0} fp {all.FalsePositives:N0} tn {all.TrueNegatives:N0}"));
        var seconds = result.Elapsed.TotalSeconds;
        writer.WriteLine(Invariant($"  read + extract: {result.HtmlBytes / 1e6:0.0} MB of HTML in {seconds:0.0} s ({result.HtmlBytes / 1e6 / Math.Max(seconds, 1e-9):0.0} MB/s)"));
        writer.WriteLine("per language (the page's <html lang>):");
        foreach (var (language, counts) in result.PerLanguage)
        {
            var none = result.Pages.Count(p => p.Language == language && p.NothingFound);
            writer.WriteLine(Invariant($"  {language,-4} {counts.Pages,4} pages   F1 {counts.F1:0.000}   P {counts.Precision:0.000}   R {counts.Recall:0.000}   nothing found {none}"));
        }
        writer.WriteLine(Invariant($"pages with no main-text piece found ({missed.Count}):"));
        foreach (var page in missed)
        {
            writer.WriteLine($"  {page.File}{(page.HasOutput ? "" : "  (no output)")}");
        }
    }

    private static void WriteCrossValidation(TextWriter writer, ExtractionCrossValidationResult result)
    {
        writer.WriteLine(Invariant($"cross-validation: {result.Folds.Count} folds by site; on the other folds each of the cascade's {result.Weights} measured weights is chosen again from its built-in value and one lower and one higher ({result.Settings} runs over the set)"));
        writer.WriteLine(Invariant($"  in sample (built-in weights, set on this whole set): F1 {result.InSample.F1:0.000}   precision {result.InSample.Precision:0.000}   recall {result.InSample.Recall:0.000}"));
        writer.WriteLine(Invariant($"  held out (weights chosen without the fold's sites):  F1 {result.HeldOut.F1:0.000}   precision {result.HeldOut.Precision:0.000}   recall {result.HeldOut.Recall:0.000}"));
        foreach (var fold in result.Folds)
        {
            var choices = fold.Choices.Count == 0 ? "all built-in" : string.Join(", ", fold.Choices);
            writer.WriteLine(Invariant($"  fold {fold.Number}: {fold.BuiltIn.Pages} pages, {fold.Sites} sites; F1 built-in {fold.BuiltIn.F1:0.000}, chosen {fold.Chosen.F1:0.000} ({choices})"));
        }
    }

    /// <summary>One JSON object a page, worst first (most pieces wrong), for reading where the extraction loses.</summary>
    private static void WriteItems(string file, ExtractionEvaluationResult result)
    {
        using var writer = new StreamWriter(file);
        foreach (var page in result.Pages.OrderByDescending(p => p.Missed.Count + p.Leaked.Count).ThenBy(p => p.File, StringComparer.Ordinal))
        {
            var json = new JsonObject
            {
                ["file"] = page.File,
                ["lang"] = page.Language,
                ["with"] = page.WithPieces,
                ["withFound"] = page.WithFound,
                ["without"] = page.WithoutPieces,
                ["withoutFound"] = page.WithoutFound,
                ["missed"] = new JsonArray([.. page.Missed.Select(p => (JsonNode)p)]),
                ["leaked"] = new JsonArray([.. page.Leaked.Select(p => (JsonNode)p)]),
            };
            writer.WriteLine(JsonLines.Write(json));
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
