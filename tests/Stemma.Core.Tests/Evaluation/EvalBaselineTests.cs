using System.Text.Json;
using Stemma.Pipeline;

namespace Stemma.Evaluation;

/// <summary>The quality gate's floors (eval/eval-baseline.json) hold on the dev corpora in ../shared/eval-data.</summary>
public sealed class EvalBaselineTests
{
    internal static JsonElement Baseline(string task)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "eval", "eval-baseline.json");
            if (File.Exists(file))
            {
                return JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty(task);
            }
        }
        throw new FileNotFoundException("eval/eval-baseline.json not found above the test binaries");
    }

    [SharedDataFact("eval-data/meter-dev")]
    public void Meter_MacroAndBinaryF1_StayAboveTheirFloors()
    {
        var floors = Baseline("meter");
        using var work = new TempFolder();
        var result = MeterEvaluation.Run(SharedData.EvalData("meter-dev")!, work.Path, ComparePipelineOptions.Default);

        Assert.True(result.ThreeWay.MacroF1 >= floors.GetProperty("macroF1").GetDouble(), $"METER macro-F1 {result.ThreeWay.MacroF1:0.000}");
        Assert.True(result.BinaryF1 >= floors.GetProperty("binaryF1").GetDouble(), $"METER binary F1 {result.BinaryF1:0.000}");
    }

    [SharedDataFact("eval-data/pan13-train")]
    public void Pan_Plagdet_StaysAboveItsFloor()
    {
        using var work = new TempFolder();
        var options = ComparePipelineOptions.Default with { Alignment = ComparePipelineOptions.Default.Alignment with { MinPassageChars = PanEvaluation.TaskMinPassageChars } };
        var result = PanEvaluation.Run(SharedData.EvalData("pan13-train")!, work.Path, options);

        Assert.True(result.Overall.Plagdet >= Baseline("pan").GetProperty("plagdet").GetDouble(), $"PAN plagdet {result.Overall.Plagdet:0.000}");
    }

    [SharedDataFact("eval-data/pan13-train")]
    public void Pan_WithComparesDefaults_StaysAboveItsFloorAndReportsAlmostNothingBetweenUnrelatedTexts()
    {
        var floors = Baseline("panDefaults");
        using var work = new TempFolder();
        var result = PanEvaluation.Run(SharedData.EvalData("pan13-train")!, work.Path, ComparePipelineOptions.Default);
        var folder = result.ByFolder.ToDictionary(f => f.Folder, f => f.Scores);

        Assert.True(result.Overall.Plagdet >= floors.GetProperty("plagdet").GetDouble(), $"PAN plagdet with defaults {result.Overall.Plagdet:0.000}");
        Assert.True(result.Overall.Granularity <= floors.GetProperty("granularity").GetDouble(), $"PAN granularity with defaults {result.Overall.Granularity:0.000}");
        Assert.True(folder["01-no-plagiarism"].Detections <= floors.GetProperty("noPlagiarismPassages").GetInt32(), $"{folder["01-no-plagiarism"].Detections} passages between unrelated texts");
        Assert.True(folder["05-summary-obfuscation"].Plagdet >= floors.GetProperty("summaryPlagdet").GetDouble(), $"summary plagdet {folder["05-summary-obfuscation"].Plagdet:0.000}");
    }

    [SharedDataFact("eval-data/msrp-train")]
    public void Msrp_HeldOutAccuracy_StaysAboveItsFloor()
    {
        var file = Directory.GetFiles(SharedData.EvalData("msrp-train")!, "*.txt").Single();
        using var work = new TempFolder();
        var result = MsrpEvaluation.Run(file, work.Path, ComparePipelineOptions.Default);

        Assert.True(result.HeldOut.Accuracy >= Baseline("msrp").GetProperty("accuracy").GetDouble(), $"MSRP held-out accuracy {result.HeldOut.Accuracy:0.000}");
    }

    [SharedDataFact("eval-data/ecbplus-dev")]
    public void Ecb_EventLevelBCubedF1_StaysAboveItsFloor()
    {
        var file = Directory.GetFiles(SharedData.EvalData("ecbplus-dev")!, "*.jsonl").Single();
        var result = StoryEvaluation.RunEcb(file);

        Assert.True(result.Events.F1 >= Baseline("ecb").GetProperty("eventF1").GetDouble(), $"ECB+ event B-cubed F1 {result.Events.F1:0.000}");
    }

    [SharedDataFact("eval-data/meter-dev")]
    public void MeterStories_BCubedF1_StaysAboveItsFloor()
    {
        var result = StoryEvaluation.RunMeter(SharedData.EvalData("meter-dev")!);

        Assert.True(result.Events.F1 >= Baseline("meterStories").GetProperty("f1").GetDouble(), $"METER stories B-cubed F1 {result.Events.F1:0.000}");
    }
}
