using Microsoft.Playwright;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Browser;

/// <summary>
/// The web UI in a real browser over the seeds: search, the story's tree, an edge's pair, the claims, the trace
/// view, checking a text and the self-contained report. Each test leaves a screenshot in .build/screenshots.
/// </summary>
public sealed class SeedStoryBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task StoriesPage_SearchFindsTheSeedStoryAndOpensItsTree()
    {
        var page = await Page();
        await page.GotoAsync(fixture.BaseUrl + "/stories");
        await Shot(page, "stories");

        await page.FillAsync("input[name=q]", "Cavanaugh escalation");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForURLAsync("**/stories?q=*");
        await Shot(page, "stories-search");
        var link = page.Locator("table.stories a");
        Assert.Equal(1, await link.CountAsync());

        await link.ClickAsync();
        await page.WaitForURLAsync("**/story/*");
        var nodes = page.Locator("svg.tree .node");
        Assert.Equal(5, await page.Locator("svg.tree .node:not(.role-missing-origin)").CountAsync());
        Assert.Equal(1, await page.Locator("svg.tree .node.role-missing-origin").CountAsync());
        Assert.Equal(6, await nodes.CountAsync());
        Assert.True(await page.GetByText("mark → make").First.IsVisibleAsync());
        await Shot(page, "story", fullPage: true);
        await page.Locator(".graph").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "story-tree.png") });
    }

    [BrowserFact]
    public async Task StoryPage_ClickingThe001To002EdgeShowsTheCavanaughPassageOnBothSides()
    {
        var (wire, opinion) = (fixture.Seed("001"), fixture.Seed("002"));
        var page = await Page();
        await page.GotoAsync($"{fixture.BaseUrl}/story/{StoryOf(wire)}");

        await page.Locator($"#edge-{wire}-{opinion} text").ClickAsync();
        await page.WaitForURLAsync($"**/pair/{wire}/{opinion}");

        var left = page.Locator(".side-source mark.passage", new() { HasText = "Cavanaugh" });
        var right = page.Locator(".side-target mark.passage", new() { HasText = "Cavanaugh" });
        Assert.True(await left.First.IsVisibleAsync());
        Assert.True(await right.First.IsVisibleAsync());
        Assert.Equal(await left.First.GetAttributeAsync("data-passage"), await right.First.GetAttributeAsync("data-passage"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await right.First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await page.Locator(".sides").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "pair-sides.png") });
        await right.First.ScrollIntoViewIfNeededAsync();
        await Shot(page, "pair");
    }

    [BrowserFact]
    public async Task ArticlePage_ShowsWhereThePassagesCameFrom()
    {
        var page = await Page();
        await page.GotoAsync($"{fixture.BaseUrl}/article/{fixture.Seed("004")}");

        Assert.Equal(2, await page.Locator("ul.sources li", new() { HasText = "parent in the tree" }).CountAsync());
        await Shot(page, "article", fullPage: true);
    }

    [BrowserFact]
    public async Task CheckPage_APastedCopyShowsTheArticlesItDerivesFrom()
    {
        var page = await Page();
        await page.GotoAsync(fixture.BaseUrl + "/check");
        var text = File.ReadAllText(Directory.GetFiles(SharedData.Seeds!, "002_*.txt").Single());

        await page.FillAsync("textarea[name=text]", text);
        await page.ClickAsync("form.check button");
        await page.WaitForSelectorAsync(".check-result");

        Assert.True(await page.Locator(".check-source h3 a", new() { HasText = "001_" }).IsVisibleAsync());
        await Shot(page, "check");
    }

    [BrowserFact]
    public async Task Report_OpensFromDiskWithNoNetworkAndShowsTheSameTree()
    {
        var file = Path.Combine(BrowserFixture.Screenshots, "seeds-report.html");
        using (var store = SqliteStore.OpenReadOnly(fixture.Db))
        {
            File.WriteAllText(file, HtmlReport.Write([StoryReader.Load(store, StoryOf(fixture.Seed("001")))!]));
        }
        var context = await fixture.Browser.NewContextAsync(new() { Offline = true, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        Assert.Equal(5, await page.Locator("svg.tree .node:not(.role-missing-origin)").CountAsync());
        Assert.Equal(1, await page.Locator("svg.tree .node.role-missing-origin").CountAsync());
        Assert.All(requests, url => Assert.StartsWith("file://", url));
        await Shot(page, "report");
    }

    [BrowserFact]
    public async Task HostileArticleText_ShowsAsTextAndRunsNothing()
    {
        long wire, copy;
        using (var store = SqliteStore.OpenReadOnly(fixture.HostileDb))
        {
            var articles = store.Stories().SelectMany(s => store.Members(s.Id)).ToList();
            (wire, copy) = (articles.Single(a => a.Name == "wire").Id, articles.Single(a => a.Name == "copy").Id);
        }
        var page = await Page();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        foreach (var url in new[] { $"/pair/{wire}/{copy}", $"/article/{copy}" })
        {
            await page.GotoAsync(fixture.HostileUrl + url);
            Assert.DoesNotContain("pwned", await page.TitleAsync());
            Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
            Assert.Contains("onerror=", await page.Locator("main").InnerTextAsync());
        }
        Assert.Empty(errors);
        await Shot(page, "hostile-article");
    }

    private long StoryOf(long article)
    {
        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        return store.Article(article)!.StoryId;
    }

    private async Task<IPage> Page()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        return await context.NewPageAsync();
    }

    private static Task Shot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = fullPage });
}
