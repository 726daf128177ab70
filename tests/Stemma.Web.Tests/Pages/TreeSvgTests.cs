using System.Text.RegularExpressions;
using Stemma.Claims;
using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

public sealed partial class TreeSvgTests
{
    [Fact]
    public void Draw_GivesSiblingsOneMissingOriginAndEachArticleOneBox()
    {
        var report = Report(
            new EdgeRecord(1, 2, EdgeKind.Siblings, Verdict.Wholly, 0.87, ["each holds most of the other"]),
            new EdgeRecord(2, 3, EdgeKind.Derived, Verdict.Partially, 0.55, ["published later"]),
            new EdgeRecord(4, 3, EdgeKind.Derived, Verdict.Partially, 0.2, ["it explains more"]));

        var svg = TreeSvg.Draw(report, ServerLinks.Instance);

        Assert.Single(Regex.Matches(svg, "class=\"node role-missing-origin\""));
        Assert.Equal(4, Regex.Matches(svg, "<a href=\"/article/\\d\" class=\"node ").Count);
        Assert.Contains("href=\"/pair/2/3\" class=\"edge edge-derived\" id=\"edge-2-3\"", svg);
        Assert.Contains("href=\"/pair/1/2\" class=\"edge edge-siblings\"", svg);
        Assert.Contains("partially · 55%", svg);
        Assert.Contains("copies · 87%", svg);
    }

    [Fact]
    public void Draw_PutsADerivedArticleBelowEverythingItDerivesFrom()
    {
        var report = Report(
            new EdgeRecord(1, 2, EdgeKind.Derived, Verdict.Wholly, 0.9, []),
            new EdgeRecord(2, 3, EdgeKind.Derived, Verdict.Wholly, 0.9, []),
            new EdgeRecord(1, 4, EdgeKind.Derived, Verdict.Partially, 0.3, []));

        var svg = TreeSvg.Draw(report, ServerLinks.Instance);

        Assert.True(Row(svg, 1) < Row(svg, 2));
        Assert.True(Row(svg, 2) < Row(svg, 3));
        Assert.Equal(Row(svg, 2), Row(svg, 4));
    }

    [Fact]
    public void Draw_EscapesNamesAndReasons()
    {
        var report = Report(new EdgeRecord(1, 2, EdgeKind.Derived, Verdict.Wholly, 1, ["<script>x</script>"]), name: "<b>1</b>");

        var svg = TreeSvg.Draw(report, ServerLinks.Instance);

        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", svg);
        Assert.DoesNotContain("<script>", svg);
        Assert.DoesNotContain("<b>", svg);
    }

    private static double Row(string svg, long article) =>
        double.Parse(RectOf(article).Match(svg).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Regex RectOf(long article) => new($"data-article=\"{article}\">.*?<rect x=\"[\\d.]+\" y=\"([\\d.]+)\"", RegexOptions.Singleline);

    private static StoryReport Report(params EdgeRecord[] edges) => Report(edges[0], edges[1..], "a");

    private static StoryReport Report(EdgeRecord edge, string name) => Report(edge, [], name);

    private static StoryReport Report(EdgeRecord first, EdgeRecord[] rest, string name)
    {
        var edges = new[] { first }.Concat(rest).ToList();
        var ids = edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Distinct().Order();
        var members = ids.Select(id => new StoredArticle(id, $"k{id}", id == 1 ? name : $"a{id}", $"a{id}.txt", null, DocumentFormat.PlainText,
            null, null, null, null, 1, "text", 0)).ToList();
        return new StoryReport(new StorySummary(1, members.Count, null, null, "story", false), members, edges, StoryClaims.Empty, []);
    }
}
