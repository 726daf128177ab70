using static Stemma.Extraction.ExtractionFixture;

namespace Stemma.Extraction;

/// <summary>Regression tests for the wrappers the old class/id veto deleted with the whole article (issue 14).</summary>
public sealed class HtmlCascadeTests
{
    private const string Body = """
        <p>The regional council approved the new flood barrier on Thursday, after a debate that lasted into the night.</p>
        <p>Construction is expected to begin in the autumn, and engineers say it will take about two years to finish.</p>
        <p>Residents of the river district, who were flooded twice last winter, welcomed the decision, the mayor said.</p>
        """;

    private const string Sidebar = """<div class="sidebar"><ul><li><a href="/a">Weather</a></li><li><a href="/b">Traffic</a></li></ul></div>""";

    [Theory]
    [InlineData("div", "content-sidebar-wrap")]
    [InlineData("div", "content-with-sidebar-wrp")]
    [InlineData("div", "l-sidebar-fixed")]
    [InlineData("div", "elementor-widget-theme-post-content")]
    [InlineData("div", "widget Blog")]
    [InlineData("div", "Page-ad-margins")]
    [InlineData("div", "non-ad-column-l")]
    [InlineData("body", "modal-enabled")]
    [InlineData("form", "aspnetForm")]
    public void Extract_ArticleInsideAWrapperNamedLikeFurniture_KeepsTheArticle(string tag, string className)
    {
        var page = tag == "body"
            ? $"<html><body class=\"{className}\"><div>{Body}</div>{Sidebar}</body></html>"
            : $"<html><body><{tag} class=\"{className}\"><div>{Body}</div>{Sidebar}</{tag}></body></html>";

        var article = Extract(Html(page));

        Assert.Contains("approved the new flood barrier", article.Text);
        Assert.Contains("welcomed the decision", article.Text);
        Assert.DoesNotContain("Traffic", article.Text);
    }

    [Fact]
    public void Extract_TextInBrSeparatedRuns_WinsOverAShortDisclaimerParagraph()
    {
        var page = """
            <html><body>
            <div class="post">The regional council approved the new flood barrier on Thursday, after a long debate.<br><br>
            Construction is expected to begin in the autumn, and engineers say it will take two years.<br><br>
            Residents of the river district, flooded twice last winter, welcomed the decision, the mayor said.</div>
            <div class="legal"><p>All content on this site is provided for information only and without warranty.</p></div>
            </body></html>
            """;

        var article = Extract(Html(page));

        Assert.Contains("engineers say it will take two years", article.Text);
        Assert.DoesNotContain("without warranty", article.Text);
    }

    [Fact]
    public void Extract_FurnitureInsideTheArticle_IsReportedWithItsReason()
    {
        var page = $"""<html><body><article>{Body}<div class="share-tools">Share this on Facebook, Twitter or by email today</div><figure><figcaption>The river at dawn. Photo: J. Doe</figcaption></figure></article></body></html>""";

        var article = Extract(Html(page));

        Assert.DoesNotContain("Share this", article.Text);
        Assert.Contains(article.Removed, r => r.Reason == "page furniture (share)");
        Assert.Contains(article.Removed, r => r.Reason == "caption");
    }

    [Fact]
    public void Extract_RelatedHeadingAboveALinkList_GoesWithTheList()
    {
        var page = $"""<html><body><article>{Body}<h3>Mehr zum Thema</h3><ul><li><a href="/x">Hochwasser im Tal</a></li><li><a href="/y">Neue Dämme</a></li></ul></article></body></html>""";

        var article = Extract(Html(page));

        Assert.DoesNotContain("Mehr zum Thema", article.Text);
        Assert.Contains("welcomed the decision", article.Text);
    }

    [Fact]
    public void Extract_ShortLinesAfterTheLastParagraph_AreRemovedWithTheirReason()
    {
        var page = $"""<html><body><article>{Body}<p>Jane Doe, harbour desk</p></article></body></html>""";

        var article = Extract(Html(page));

        Assert.EndsWith("welcomed the decision, the mayor said.", article.Text);
        Assert.Contains(article.Removed, r => r.Text == "Jane Doe, harbour desk" && r.Reason == "short line after the last paragraph");
    }
}
