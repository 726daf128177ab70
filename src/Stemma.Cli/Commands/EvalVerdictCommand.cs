using System.CommandLine;
using Stemma.Cli.Output;
using Stemma.Evaluation;
using Stemma.Judgement;
using Stemma.Pipeline;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>stemma eval verdict --meter DIR --pan DIR --msrp FILE [--fit]</c>: the verdict across the three
/// labelled corpora, through compare's defaults; cross-validated figures, and with --fit the rules refitted
/// (how <see cref="DerivationJudge.Built"/> was obtained), printed as code.
/// </summary>
internal static class EvalVerdictCommand
{
    private const int Folds = 10;

    public static Command Create(Console2 console)
    {
        var meter = new Option<string>("--meter") { Description = "METER folder (e.g. ../shared/eval-data/meter-dev).", Required = true };
        var pan = new Option<string>("--pan") { Description = "PAN 2013 folder (e.g. ../shared/eval-data/pan13-train).", Required = true };
        var msrp = new Option<string>("--msrp") { Description = "MSRP file (e.g. ../shared/eval-data/msrp-train/msr_paraphrase_train.txt).", Required = true };
        var meterScores = new Option<string?>("--meter-scores") { Description = "Saved 'compare --batch --json' answers to eval meter's batch, instead of comparing." };
        var panScores = new Option<string?>("--pan-scores") { Description = "Saved 'compare --batch --json' answers to eval pan's batch (compare's defaults), instead of comparing." };
        var msrpScores = new Option<string?>("--msrp-scores") { Description = "Saved 'compare --batch --json' answers to eval msrp's batch, instead of comparing." };
        var fit = new Option<bool>("--fit") { Description = "Refit the verdict's rules and cuts on all three corpora (MSRP's fitting half only) and print them as code." };
        var command = new Command("verdict", $"The verdict across METER, PAN and MSRP with compare's defaults: figures of the built-in verdict, and of the fitting procedure cross-validated over stories and documents ({Folds} folds).")
        {
            meter, pan, msrp, meterScores, panScores, msrpScores, fit,
        };
        command.SetAction(parse =>
        {
            try
            {
                var items = Collect(console, parse.GetValue(meter)!, parse.GetValue(pan)!, parse.GetValue(msrp)!, parse.GetValue(meterScores), parse.GetValue(panScores), parse.GetValue(msrpScores), out var msrpResult);
                Write(console, "built-in verdict, same items", VerdictFitting.Figures(items, DerivationJudge.Judge));
                WriteHeldOut(console, "built-in verdict", msrpResult, DerivationJudge.Built);
                var validated = VerdictFitting.CrossValidate(items, Folds, DerivationJudge.Built);
                Write(console, $"fitting cross-validated ({Folds} folds by story / suspicious document / pair)", validated);
                if (parse.GetValue(fit))
                {
                    var model = VerdictFitting.Fit(items, DerivationJudge.Built);
                    EvalReport.WriteFittedLengthModel(console.Out, model);
                    Write(console, "refitted verdict, same items", VerdictFitting.Figures(items, e => DerivationJudge.Judge(e, model)));
                    WriteHeldOut(console, "refitted verdict", msrpResult, model);
                }
                return ExitCodes.Ok;
            }
            catch (Exception error) when (error is InvalidDataException or IOException)
            {
                console.Error.WriteLine(error.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static List<FitItem> Collect(Console2 console, string meter, string pan, string msrp, string? meterScores, string? panScores, string? msrpScores, out MsrpEvaluationResult msrpResult)
    {
        var meterRows = MeterEvaluation.Rows(meter);
        var meterResult = MeterEvaluation.Score(meterRows, Answers(console, meterScores, work => MeterEvaluation.WriteBatch(meter, meterRows, work)));
        var panPairs = PanEvaluation.Pairs(pan);
        var panAnswers = Answers(console, panScores, work => PanEvaluation.WriteBatch(panPairs, work));
        EvalBatch.CheckMatches([.. panPairs.Select(p => p.Target)], panAnswers, "PAN");
        var msrpRows = MsrpEvaluation.Rows(Directory.Exists(msrp) ? Directory.GetFiles(msrp, "*.txt").First() : msrp);
        msrpResult = MsrpEvaluation.Score(msrpRows, Answers(console, msrpScores, work => MsrpEvaluation.WriteBatch(msrpRows, work)));
        return [.. VerdictFitting.MeterItems(meterResult.Items), .. VerdictFitting.PanItems(panPairs, panAnswers), .. VerdictFitting.MsrpItems(msrpResult.Items)];
    }

    private static List<ComparedPair> Answers(Console2 console, string? saved, Func<string, string> prepare)
    {
        if (saved is not null)
        {
            return EvalBatch.ReadOutput(saved);
        }
        var work = Path.Combine(Path.GetTempPath(), $"stemma-eval-verdict-{Environment.ProcessId}");
        try
        {
            return EvalBatch.Run(prepare(work), ComparePipelineOptions.Default, new Progress<int>(done => console.Error.WriteLine($"verdict: {done:N0} pairs compared")));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void WriteHeldOut(Console2 console, string what, MsrpEvaluationResult msrp, LengthModel model)
    {
        var heldOut = msrp.Items.Where(i => i.HeldOut).ToList();
        var right = heldOut.Count(i => i.Paraphrase == (DerivationJudge.Judge(i.Evidence, model) == Verdict.Wholly));
        console.Out.WriteLine(EvalReport.Invariant($"{what}, MSRP held-out half (never fitted on): accuracy {right / (double)Math.Max(1, heldOut.Count):0.000}"));
    }

    private static void Write(Console2 console, string what, VerdictFigures figures) =>
        console.Out.WriteLine(EvalReport.Invariant($"{what}: METER macro-F1 {figures.MeterMacroF1:0.000}, binary F1 {figures.MeterBinaryF1:0.000}; PAN derived-or-not accuracy {figures.PanAccuracy:0.000}; MSRP (fitting half) accuracy {figures.MsrpAccuracy:0.000}"));
}
