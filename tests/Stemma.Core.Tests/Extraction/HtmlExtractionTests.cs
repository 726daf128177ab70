using static Stemma.Extraction.ExtractionFixture;

namespace Stemma.Extraction;

public sealed class HtmlExtractionTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Dam holds | Valley Courier</title>
          <meta property="og:site_name" content="Valley Courier">
          <meta property="article:published_time" content="2024-03-02T08:15:00Z">
          <link rel="canonical" href="https://courier.example/dam-holds">
          <style>p { color: red; }</style>
        </head>
        <body>
          <header><a href="/">Valley Courier</a> <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <div class="layout">
            <aside class="sidebar"><p>Most read: the best picnic spots in the valley this spring.</p></aside>
            <article>
              <h1>Dam holds after a night of rain</h1>
              <p>The northern dam held overnight after the heaviest rain in &ldquo;a decade&rdquo;, the regional council said on Monday.</p>
              <!-- ad slot -->
              <p>Engineers &amp; volunteers worked through the night.
                 Water levels began to fall at dawn.</p>
              <script>trackPageView();</script>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <p>Schools will reopen on Wednesday, officials said.</p>
            </article>
            <section id="comments"><h3>3 comments</h3><p>Great reporting, thanks for keeping us informed all night!</p></section>
          </div>
          <footer><p>© 2024 Valley Courier. All rights reserved. Contact the newsroom for corrections.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Extract_NewsPage_KeepsTheArticleParagraphsInOrder()
    {
        var article = Extract(Html(Page));

        Assert.Equal(4, article.Paragraphs.Count);
        var paragraphs = article.Paragraphs.Select(p => article.Text.Substring(p.Start, p.Length)).ToList();
        Assert.Equal("Dam holds after a night of rain", paragraphs[0]);
        Assert.Equal("Engineers & volunteers worked through the night. Water levels began to fall at dawn.", paragraphs[2]);
        Assert.Equal("Schools will reopen on Wednesday, officials said.", paragraphs[3]);
    }

    [Fact]
    public void Extract_NewsPage_DropsNavigationSidebarCommentsFooterScriptsAndShareWidgets()
    {
        var article = Extract(Html(Page));

        foreach (var furniture in new[] { "Sport", "picnic", "Great reporting", "All rights reserved", "trackPageView", "Share on Facebook", "color: red", "ad slot" })
        {
            Assert.DoesNotContain(furniture, article.Text);
        }
    }

    [Fact]
    public void Extract_NewsPage_ReadsTitleSourceUrlAndPublicationTime()
    {
        var article = Extract(Html(Page));

        Assert.Equal("Dam holds | Valley Courier", article.Title);
        Assert.Equal("Valley Courier", article.Document.Source);
        Assert.Equal("https://courier.example/dam-holds", article.Document.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 8, 15, 0, TimeSpan.Zero), article.Document.Published);
    }

    [Fact]
    public void Map_HtmlText_PointsIntoTheSourceIncludingEntities()
    {
        var article = Extract(Html(Page));
        var start = article.Text.IndexOf("Engineers & volunteers", StringComparison.Ordinal);

        Assert.Equal("Engineers &amp; volunteers", OriginalOf(article, start, "Engineers & volunteers".Length));
        var quoted = article.Text.IndexOf("“a decade”", StringComparison.Ordinal);
        Assert.Equal("&ldquo;a decade&rdquo;", OriginalOf(article, quoted, "“a decade”".Length));
    }

    [Fact]
    public void Extract_PageWithoutArticleElement_ChoosesTheBlockWithMostParagraphText()
    {
        var page = """
            <html><body>
            <div id="menu"><a href="/">Home</a> <a href="/a">About</a></div>
            <div class="promo-box"><p>Subscribe today and get three months of unlimited access for free.</p></div>
            <div class="content">
              <h2>Council approves new flood barrier</h2>
              <p>The council approved a new flood barrier for the river district on Thursday evening.</p>
              <p>Construction is expected to begin in the autumn and take about two years to finish.</p>
            </div>
            <ul class="links"><li><a href="/x">Weather</a></li><li><a href="/y">Traffic</a></li></ul>
            </body></html>
            """;

        var article = Extract(Html(page));

        Assert.StartsWith("Council approves new flood barrier", article.Text);
        Assert.Contains("take about two years to finish.", article.Text);
        Assert.DoesNotContain("Subscribe", article.Text);
        Assert.DoesNotContain("Weather", article.Text);
    }
}
