namespace Stemma.Evaluation;

public sealed class ExtractionEvaluationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Article = "<html lang=\"de-DE\"><body><nav><a href=\"/\">Startseite</a> <a href=\"/a\">Archiv</a></nav><article>"
        + "<p>Der Damm hielt in der Nacht, nachdem der stärkste Regen seit zehn Jahren gefallen war.</p>"
        + "<p>Die Schulen sollen am Mittwoch wieder öffnen, sagten die Behörden am Dienstag.</p></article></body></html>";

    [Fact]
    public void Run_SmallLabelledSet_CountsPiecesAsTrafilaturasEvaluationDoes()
    {
        _folder.Write("pages/dam.html", Article);
        _folder.Write("pages/empty.html", "<html lang=\"en\"><body><nav><a href=\"/\">Home</a></nav></body></html>");
        _folder.Write("evaldata.json", """
            {"https://a.example/dam": {"file": "dam.html",
               "with": ["Der Damm hielt   in der Nacht", "Die Schulen sollen am Mittwoch", "a sentence that is not there"],
               "without": ["Startseite", "Impressum"]},
             "https://b.example/x": {"file": "empty.html", "with": ["Anything at all"], "without": ["Home"]}}
            """);

        var result = ExtractionEvaluation.Run(_folder.Path);

        Assert.Equal(new ExtractionCounts(2, TruePositives: 2, FalseNegatives: 2, FalsePositives: 0, TrueNegatives: 3), result.Overall);
        Assert.Equal(4.0 / 6, result.Overall.F1, 6);
        Assert.Equal(["empty.html"], result.NothingFound.Select(p => p.File));
        Assert.Equal(["de", "en"], result.PerLanguage.Select(l => l.Language).Order());
    }

    [SharedDataFact("eval-data/web-extraction")]
    public void Run_WebExtractionDevSet_StaysAboveTheF1FloorAndFindsNearlyEveryArticle()
    {
        var floors = EvalBaselineTests.Baseline("extraction");
        var result = ExtractionEvaluation.Run(SharedData.EvalData("web-extraction")!);

        Assert.True(result.Overall.F1 >= floors.GetProperty("f1").GetDouble(), $"extraction F1 {result.Overall.F1:0.000}");
        var nothingFound = (double)result.NothingFound.Count() / result.Pages.Count;
        Assert.True(nothingFound <= floors.GetProperty("maxNothingFoundShare").GetDouble(), $"no article piece found on {nothingFound:P1} of pages");
    }
}
