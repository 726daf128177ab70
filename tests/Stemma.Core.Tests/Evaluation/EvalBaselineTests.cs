using System.Text.Json;

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
        var result = MeterEvaluation.Run(SharedData.EvalData("meter-dev")!);

        Assert.True(result.ThreeWay.MacroF1 >= floors.GetProperty("macroF1").GetDouble(), $"METER macro-F1 {result.ThreeWay.MacroF1:0.000}");
        Assert.True(result.BinaryF1 >= floors.GetProperty("binaryF1").GetDouble(), $"METER binary F1 {result.BinaryF1:0.000}");
    }

    [SharedDataFact("eval-data/pan13-train")]
    public void Pan_Plagdet_StaysAboveItsFloor()
    {
        var result = PanEvaluation.Run(SharedData.EvalData("pan13-train")!, PanEvaluation.Options);

        Assert.True(result.Overall.Plagdet >= Baseline("pan").GetProperty("plagdet").GetDouble(), $"PAN plagdet {result.Overall.Plagdet:0.000}");
    }

    [SharedDataFact("eval-data/msrp-train")]
    public void Msrp_HeldOutAccuracy_StaysAboveItsFloor()
    {
        var file = Directory.GetFiles(SharedData.EvalData("msrp-train")!, "*.txt").Single();
        var result = MsrpEvaluation.Run(file);

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
