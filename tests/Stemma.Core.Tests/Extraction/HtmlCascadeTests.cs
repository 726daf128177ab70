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

    [Theory]
    [InlineData("footer", "entry-footer")]
    [InlineData("div", "article-author-bio")]
    [InlineData("div", "entry-author")]
    public void Extract_AuthorBoxNamedAfterTheEntry_IsFurnitureNotBody(string tag, string className)
    {
        var bio = "Jane Doe has covered the river district for the paper since 2015 and writes about water and planning.";
        var page = $"""<html><body><article class="entry">{Body}<{tag} class="{className}"><p>{bio}</p></{tag}></article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("welcomed the decision", article.Text);
        Assert.DoesNotContain("has covered the river district", article.Text);
    }

    [Fact]
    public void Extract_ArticleHeaderWithTheLead_StaysInTheArticle()
    {
        var page = $"""<html><body><article><div class="article-header"><h1>Flood barrier approved</h1><p>The council said yes to the barrier, and the river district is relieved after two floods.</p></div>{Body}</article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("the river district is relieved", article.Text);
    }

    [Fact]
    public void Extract_RubyAnnotations_AreNotReadIntoTheText()
    {
        var page = $"""<html><body><article><p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができました。</p>{Body}</article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("法律ができました。", article.Text);
        Assert.DoesNotContain("ほうりつ", article.Text);
    }

    [Fact]
    public void Extract_ParagraphThatIsWhollyALink_IsALinkNotText()
    {
        var teaser = "Engineers on the coast say a second barrier is needed before the storm season, and the council will decide next month.";
        var page = $"""<html><body><article>{Body}<p><a href="/next">{teaser}</a></p></article></body></html>""";

        var article = Extract(Html(page));

        Assert.DoesNotContain("second barrier", article.Text);
        Assert.Contains(article.Removed, r => r.Reason == "link list");
    }

    [Theory]
    [InlineData("Follow The Valley Gazette on Twitter and Instagram for the latest news from the river district.")]
    [InlineData("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.")]
    [InlineData("Para comentar debes registrarte y completar los datos generales.")]
    public void Extract_ReaderPromptUnderTheArticle_IsRemovedWithItsReason(string prompt)
    {
        var page = $"""<html><body><article>{Body}<p>{prompt}</p></article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("welcomed the decision", article.Text);
        Assert.Contains(article.Removed, r => r.Text == prompt && r.Reason == "reader prompt or disclaimer");
    }

    [Fact]
    public void Extract_SignUpWordsEarlyInTheStory_StayArticleText()
    {
        var early = "Residents can register for flood alerts at the town hall, the council said in a statement.";
        var page = $"""<html><body><article><p>{early}</p>{Body}{Body}</article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("register for flood alerts", article.Text);
    }

    [Theory]
    [InlineData("pum-content popmake-content")]
    [InlineData("cookie-consent-content")]
    [InlineData("av-inline-modal")]
    public void Extract_LongerTextInAPopupOrCookieBanner_DoesNotWinOverTheArticle(string className)
    {
        var notice = string.Concat(Enumerable.Repeat("<p>We use cookies, pixels and similar tools to remember you, to measure visits, and to show you offers, as our partners do.</p>", 8));
        var page = $"""<html><body><div class="{className}">{notice}</div><article>{Body}{Body}</article></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("welcomed the decision", article.Text);
        Assert.DoesNotContain("We use cookies", article.Text);
    }

    [Fact]
    public void Extract_SiblingWithMoreTextThanTheArticleButALowScore_IsNotJoined()
    {
        var menu = string.Join("", Enumerable.Range(1, 60).Select(i => $"<span>Service topic number {i} </span>"));
        var page = $"""<html><body><div><pp-header>{menu}</pp-header><div class="body-text">{Body}</div></div></body></html>""";

        var article = Extract(Html(page));

        Assert.Contains("welcomed the decision", article.Text);
        Assert.DoesNotContain("Service topic", article.Text);
    }
}
