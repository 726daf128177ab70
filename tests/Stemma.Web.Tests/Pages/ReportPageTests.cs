using System.Text.RegularExpressions;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

public sealed partial class ReportPageTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    [Fact]
    public void Report_IsOneFileThatLoadsNothing()
    {
        var html = Report();

        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        Assert.Empty(ExternalReference().Matches(html));
        Assert.Contains("<style>", html);
        Assert.Contains("Content-Security-Policy", html);
    }

    [Fact]
    public void Report_HoldsTheTreeAndEachEdgesPairLinkedInsideTheFile()
    {
        var html = Report();

        Assert.Contains("<svg class=\"tree\"", html);
        Assert.Contains($"href=\"#pair-{fixture.Wire}-{fixture.Copy}\"", html);
        Assert.Contains($"id=\"pair-{fixture.Wire}-{fixture.Copy}\"", html);
    }

    [Fact]
    public void Report_EscapesHostileArticleText()
    {
        var html = Report();

        Assert.Contains("&lt;script&gt;document.title", html);
        Assert.DoesNotContain("<script>document", html);
        Assert.DoesNotContain("<img", html);
    }

    private string Report()
    {
        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        return HtmlReport.Write([StoryReader.Load(store, fixture.Flood)!]);
    }

    /// <summary>An attribute pointing off the page (http:, https:, //host); the SVG namespace is a name, not a request.</summary>
    [GeneratedRegex("(?:href|src|action)=\"(?:https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
