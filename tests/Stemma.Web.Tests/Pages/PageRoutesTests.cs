using System.Net;
using System.Text;
using Stemma.Storage;

namespace Stemma.Web.Pages;

public sealed class PageRoutesTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task EveryPage_Answers200WithHtml()
    {
        foreach (var url in new[] { "/stories", "/stories?q=flood&sort=time", $"/story/{fixture.Flood}", $"/pair/{fixture.Wire}/{fixture.Copy}", $"/article/{fixture.Copy}", "/check", "/static/site.css", "/static/site.js" })
        {
            var response = await Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Root_RedirectsToTheStories()
    {
        var response = await Host().GetAsync("/");

        Assert.Equal("/stories", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/story/abc", HttpStatusCode.BadRequest)]
    [InlineData("/pair/1/%22%3E", HttpStatusCode.BadRequest)]
    [InlineData("/article/0", HttpStatusCode.BadRequest)]
    [InlineData("/story/424242", HttpStatusCode.NotFound)]
    [InlineData("/article/424242", HttpStatusCode.NotFound)]
    [InlineData("/static/other.js", HttpStatusCode.NotFound)]
    public async Task BadOrUnknownIds_GetAPageSayingSo(string url, HttpStatusCode status)
    {
        Assert.Equal(status, (await Client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/pair/{wire}/{copy}")]
    [InlineData("/article/{copy}")]
    public async Task HostileArticleText_IsEscapedNotRun(string template)
    {
        var html = await Client.GetStringAsync(template.Replace("{wire}", $"{fixture.Wire}").Replace("{copy}", $"{fixture.Copy}"));

        // Inside a passage the words may be split by change marks, so look for the escaped pieces.
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;", html);
        Assert.Contains("&lt;img", html);
        Assert.Contains("onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;", html);
        Assert.DoesNotContain("<script>document", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public async Task HostileSearchWords_AreEscapedInTheSearchBox()
    {
        var html = await Client.GetStringAsync("/stories?q=" + Uri.EscapeDataString("\"><script>alert(1)</script>"));

        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task Story_DrawsTheTreeWithAnEdgeLinkingToItsPair()
    {
        var html = await Client.GetStringAsync($"/story/{fixture.Flood}");

        Assert.Contains("<svg class=\"tree\"", html);
        Assert.Contains($"href=\"/pair/{fixture.Wire}/{fixture.Copy}\" class=\"edge edge-derived\"", html);
        Assert.Contains("wholly · ", html);
    }

    [Fact]
    public async Task CheckForm_PostedTextShowsTheStoredSource()
    {
        using var form = new MultipartFormDataContent { { new StringContent(TestStores.CopyText), "text" } };
        var html = await (await Client.PostAsync("/check", form)).Content.ReadAsStringAsync();

        Assert.Contains($"href=\"/article/{fixture.Wire}\">wire</a>", html);
    }

    [Fact]
    public async Task CheckForm_AnUploadedFileIsChecked()
    {
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(TestStores.CopyText));
        using var form = new MultipartFormDataContent { { new StringContent(""), "text" }, { file, "file", "copy.txt" } };
        var html = await (await Client.PostAsync("/check", form)).Content.ReadAsStringAsync();

        Assert.Contains($"href=\"/article/{fixture.Wire}\">wire</a>", html);
    }

    [Fact]
    public async Task CheckForm_AnOversizedUploadGets413()
    {
        using var file = new ByteArrayContent(new byte[(2 * 1024 * 1024) + 1]);
        using var form = new MultipartFormDataContent { { file, "file", "big.txt" } };

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.PostAsync("/check", form)).StatusCode);
    }

    [Fact]
    public async Task AStaleStory_IsDrawnInMemoryAndTheStoreIsNotWritten()
    {
        using var folder = new TempFolder();
        var db = TestStores.Small(folder, drawTrees: false);
        using var host = new WebHost(db);
        var story = SqliteStore.OpenReadOnly(db).Stories().Single(s => s.Size == 2);

        var json = await host.CreateClient().GetStringAsync($"/api/story/{story.Id}");

        Assert.Contains("\"kind\":\"derived\"", json);
        using var store = SqliteStore.OpenReadOnly(db);
        Assert.True(store.Stories([story.Id]).Single().Dirty);
        Assert.Empty(store.Edges(story.Id));
    }

    [Fact]
    public async Task AMissingStore_Gets503WithTheReason()
    {
        using var host = new WebHost(Path.Combine(Path.GetTempPath(), "no-such-store-" + Guid.NewGuid().ToString("N") + ".db"));

        var response = await host.CreateClient().GetAsync("/stories");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("no such store", await response.Content.ReadAsStringAsync());
    }

    private HttpClient Host() => fixture.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
