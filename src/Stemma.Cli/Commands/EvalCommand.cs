using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Evaluation;
using Stemma.Judgement;
using Stemma.Stories;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma eval …</c>: the quality gate, the literature's metric on a labelled corpus.</summary>
internal static class EvalCommand
{
    public static Command Create(Console2 console)
    {
        var command = new Command("eval", "Measure Stemma on a labelled corpus with the literature's metric.");
        command.Subcommands.Add(Stemmer(console));
        command.Subcommands.Add(Meter(console));
        command.Subcommands.Add(Pan(console));
        command.Subcommands.Add(Msrp(console));
        command.Subcommands.Add(EvalVerdictCommand.Create(console));
        command.Subcommands.Add(Ecb(console));
        command.Subcommands.Add(MeterStories(console));
        command.Subcommands.Add(EvalExtractionCommand.Create(console));
        return command;
    }

    private static Command Stemmer(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "Folder with the Snowball reference voc.txt and output.txt." };
        var command = new Command("stemmer", "Exact-match rate of the Porter2 stemmer against the Snowball English reference vocabulary.") { dir };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, StemmerEvaluation.VocabularyFile)) || !File.Exists(Path.Combine(folder, StemmerEvaluation.OutputFile)))
            {
                console.Error.WriteLine($"{folder}: needs {StemmerEvaluation.VocabularyFile} and {StemmerEvaluation.OutputFile} (e.g. ../shared/eval-data/snowball-english)");
                return ExitCodes.BadInput;
            }
            var result = StemmerEvaluation.Run(folder);
            console.Out.WriteLine($"stemmer exact match: {result.Exact:N0} / {result.Words:N0} ({result.ExactShare:P2})");
            foreach (var miss in result.Mismatches.Take(20))
            {
                console.Out.WriteLine($"  line {miss.Line}: {miss.Word} → {miss.Actual} (expected {miss.Expected})");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Meter(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "METER folder with pairs.tsv, PA/ and newspapers/ (e.g. ../shared/eval-data/meter-dev)." };
        var fit = new Option<bool>("--fit") { Description = "Also refit the verdict's two rules and cut points on this set (how the built-in ones were obtained), print them as code, and cross-validate that fitting over the set's stories (10 folds)." };
        var items = new Option<string?>("--items") { Description = "Write each article's gold class, verdict and measures to this TSV file." };
        var task = new BatchTask("meter");
        var command = new Command("meter", "METER derivation task through compare --batch: 3-way (WD/PD/ND) macro-F1, per-class F1, binary F1 and the confusion matrix.") { dir, fit, items };
        task.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, MeterEvaluation.PairsFile)))
            {
                console.Error.WriteLine($"{folder}: needs {MeterEvaluation.PairsFile} (e.g. ../shared/eval-data/meter-dev)");
                return ExitCodes.BadInput;
            }
            var rows = MeterEvaluation.Rows(folder);
            return task.Run(parse, console, 0, work => MeterEvaluation.WriteBatch(folder, rows, work), compared =>
            {
                var result = MeterEvaluation.Score(rows, compared);
                EvalReport.WriteMeter(console.Out, result);
                if (parse.GetValue(items) is { } itemsFile)
                {
                    EvalReport.WriteMeterItems(itemsFile, result);
                }
                if (parse.GetValue(fit))
                {
                    var (model, macroF1) = MeterEvaluation.FitModel(result.Items, DerivationJudge.Fitted);
                    EvalReport.WriteFittedModel(console.Out, model, macroF1);
                    var validated = MeterEvaluation.CrossValidate(result.Items, MeterCrossValidationFolds, DerivationJudge.Fitted);
                    console.Out.WriteLine(FormattableString.Invariant($"cross-validated over stories ({MeterCrossValidationFolds} folds, fitting and cuts redone in each): 3-way macro-F1 {validated.ThreeWay.MacroF1:0.000}, binary F1 {validated.BinaryF1:0.000}"));
                }
            });
        });
        return command;
    }

    private const int MeterCrossValidationFolds = 10;

    private static Command Pan(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "PAN 2013 text-alignment folder with susp/, src/ and one folder per obfuscation (e.g. ../shared/eval-data/pan13-train)." };
        var task = new BatchTask("pan");
        var command = new Command("pan", $"PAN text alignment through compare --batch: plagdet, precision, recall and granularity, overall and per obfuscation type. The task's setting is --min-passage-chars {PanEvaluation.TaskMinPassageChars} (PAN's cases are 50 words or more); give --min-passage-chars 0 for compare's defaults.") { dir };
        task.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(Path.Combine(folder, "susp")) || !Directory.Exists(Path.Combine(folder, "src")))
            {
                console.Error.WriteLine($"{folder}: needs susp/, src/ and obfuscation folders (e.g. ../shared/eval-data/pan13-train)");
                return ExitCodes.BadInput;
            }
            var pairs = PanEvaluation.Pairs(folder);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return task.Run(parse, console, PanEvaluation.TaskMinPassageChars, work => PanEvaluation.WriteBatch(pairs, work),
                compared => EvalReport.WritePan(console.Out, PanEvaluation.Score(pairs, compared, clock.Elapsed)));
        });
        return command;
    }

    private static Command Msrp(Console2 console)
    {
        var file = new Argument<string>("file") { Description = "MSRP tab-separated file (Quality, #1 ID, #2 ID, #1 String, #2 String), e.g. ../shared/eval-data/msrp-train/msr_paraphrase_train.txt." };
        var task = new BatchTask("msrp");
        var fit = new Option<bool>("--fit") { Description = "Also refit the sentence rule on the fitting half (with --embeddings, the rule with the texts' MiniLM cosine too), cross-validate it there, score it on the held-out half and print it as code." };
        var command = new Command("msrp", "MSRP paraphrase task through compare --batch (sentence 2 against sentence 1; wholly derived = paraphrase): accuracy and F1 on the half of the pairs the verdict was never fitted on.") { file, fit };
        task.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path))
            {
                path = Directory.GetFiles(path, "*.txt").Concat(Directory.GetFiles(path, "*.tsv")).FirstOrDefault() ?? path;
            }
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"{path}: no MSRP file (e.g. ../shared/eval-data/msrp-train)");
                return ExitCodes.BadInput;
            }
            var rows = MsrpEvaluation.Rows(path);
            return task.Run(parse, console, 0, work => MsrpEvaluation.WriteBatch(rows, work),
                compared =>
                {
                    var result = MsrpEvaluation.Score(rows, compared);
                    EvalReport.WriteMsrp(console.Out, result);
                    if (parse.GetValue(fit))
                    {
                        EvalReport.WriteMsrpFit(console.Out, MsrpEvaluation.Fit(result, DerivationJudge.Built));
                    }
                });
        });
        return command;
    }

    private static Command Ecb(Console2 console)
    {
        var file = new Argument<string>("file") { Description = "ECB+ JSON lines {doc, topic, subtopic, gold_cluster, text}, e.g. ../shared/eval-data/ecbplus-dev/ecbplus_docs.jsonl (or its folder)." };
        var threshold = ThresholdOption();
        var items = StoryItemsOption();
        var command = new Command("ecb", "ECB+ story clustering: B-cubed precision, recall, F1 and ARI at event level (gold_cluster) and topic level.") { file, threshold, items };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path))
            {
                path = Directory.GetFiles(path, "*.jsonl").FirstOrDefault() ?? path;
            }
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"{path}: no ECB+ JSON lines file (e.g. ../shared/eval-data/ecbplus-dev)");
                return ExitCodes.BadInput;
            }
            var result = StoryEvaluation.RunEcb(path, ClusteringOptions(parse.GetValue(threshold)));
            return ReportStories(console, result, parse.GetValue(items));
        });
        return command;
    }

    private static Command MeterStories(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "METER folder with stories.tsv (e.g. ../shared/eval-data/meter-dev)." };
        var threshold = ThresholdOption();
        var items = StoryItemsOption();
        var command = new Command("meter-stories", "METER story clustering: B-cubed precision, recall, F1 and ARI against stories.tsv (one story per day and catchline).") { dir, threshold, items };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, "stories.tsv")))
            {
                console.Error.WriteLine($"{folder}: needs stories.tsv (e.g. ../shared/eval-data/meter-dev)");
                return ExitCodes.BadInput;
            }
            var result = StoryEvaluation.RunMeter(folder, ClusteringOptions(parse.GetValue(threshold)));
            return ReportStories(console, result, parse.GetValue(items));
        });
        return command;
    }

    private static int ReportStories(Console2 console, StoryEvaluationResult result, string? itemsFile)
    {
        EvalReport.WriteStories(console.Out, result);
        if (itemsFile is not null)
        {
            EvalReport.WriteStoryItems(itemsFile, result);
        }
        return ExitCodes.Ok;
    }

    private static Option<string?> StoryItemsOption() =>
        new("--items") { Description = "Write each item's gold cluster and Stemma's story to this TSV file." };

    private static Option<double?> ThresholdOption() =>
        new("--threshold") { Description = "Join threshold to try instead of the built-in one (for tuning on dev sets)." };

    private static StoryClusteringOptions ClusteringOptions(double? threshold) =>
        threshold is { } value ? StoryClusteringOptions.Default with { JoinThreshold = value } : StoryClusteringOptions.Default;
}
