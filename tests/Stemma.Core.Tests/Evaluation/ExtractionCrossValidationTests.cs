namespace Stemma.Evaluation;

public sealed class ExtractionCrossValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Page(string topic) => "<html lang=\"en\"><body><nav><a href=\"/\">Home</a> <a href=\"/a\">Archive</a></nav><article>"
        + $"<p>The {topic} held through the night, after the heaviest rain in ten years had fallen on the valley.</p>"
        + "<p>Schools are to reopen on Wednesday, the authorities said on Tuesday, and the roads are clear.</p></article></body></html>";

    [Fact]
    public void Run_SmallLabelledSet_ScoresEveryPageOnceHeldOutAndMatchesTheEvaluation()
    {
        var sites = new[] { "a.example", "b.example", "c.example", "d.example" };
        var entries = new List<string>();
        foreach (var (site, i) in sites.Select((s, i) => (s, i)))
        {
            _folder.Write($"pages/p{i}.html", Page($"dam {i}"));
            entries.Add($$"""
                "https://{{site}}/story": {"file": "p{{i}}.html", "with": ["The dam {{i}} held through the night", "a sentence that is not there"], "without": ["Archive"]}
                """);
        }
        _folder.Write("evaldata.json", "{" + string.Join(",", entries) + "}");

        var result = ExtractionCrossValidation.Run(_folder.Path, folds: 2);

        Assert.Equal(ExtractionEvaluation.Run(_folder.Path).Overall, result.InSample);
        Assert.Equal(4, result.HeldOut.Pages);
        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(4, result.Folds.Sum(f => f.BuiltIn.Pages));
        Assert.Equal(4, result.HeldOut.TruePositives);
        Assert.Equal(4, result.HeldOut.FalseNegatives);
    }

    [Fact]
    public void FoldsBySite_PagesOfOneSite_ShareAFoldAndTheFoldsAreTheSameOnEveryRun()
    {
        var labels = new[] { "https://www.a.example/1", "https://a.example/2", "https://b.example/1", "https://c.example/1", "https://d.example/9" }
            .Select(url => new ExtractionEvaluation.Labels(url, "f.html", [], [])).ToList();

        var folds = ExtractionCrossValidation.FoldsBySite(labels, 2);

        Assert.Equal(folds[0], folds[1]);
        Assert.Equal(folds, ExtractionCrossValidation.FoldsBySite(labels, 2));
        Assert.Equal(2, folds.Distinct().Count());
    }

    [Theory]
    [InlineData("https://www.Example.com/a/b", "example.com")]
    [InlineData("https://web.archive.org/web/20190101000000/https://www.news.example/story", "news.example")]
    [InlineData("not a url", "not a url")]
    public void Site_Url_IsItsHostOrTheArchivedSitesHost(string url, string site) =>
        Assert.Equal(site, ExtractionCrossValidation.Site(url));
}
