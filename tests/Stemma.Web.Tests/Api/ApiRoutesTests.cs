using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Api;

public sealed class ApiRoutesTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Stories_GiveTheSameObjectsAsTheCommandLine()
    {
        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        var expected = "[" + string.Join(",", store.Stories().Select(StoryJson.Summary)) + "]";

        Assert.Equal(expected, await Client.GetStringAsync("/api/stories"));
    }

    [Fact]
    public async Task Stories_SearchFindsTheStoryByAWordOfItsText()
    {
        var found = JsonNode.Parse(await Client.GetStringAsync("/api/stories?q=helicopters"))!.AsArray();

        Assert.Equal(fixture.Flood, (long)Assert.Single(found)!["id"]!);
    }

    [Theory]
    [InlineData("\" OR symphony")]
    [InlineData("NEAR(flood valley)")]
    [InlineData("*")]
    [InlineData("kelmora'); DROP TABLE articles; --")]
    public async Task Stories_SearchWithQuerySyntaxIsReadAsPlainWords(string query)
    {
        var response = await Client.GetAsync("/api/stories?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
    }

    [Fact]
    public async Task Stories_FilterBySourceAndDate()
    {
        var bySource = JsonNode.Parse(await Client.GetStringAsync("/api/stories?source=Culture%20Desk"))!.AsArray();
        var byDate = JsonNode.Parse(await Client.GetStringAsync("/api/stories?from=2024-01-01"))!.AsArray();

        Assert.Equal(fixture.Orchestra, (long)Assert.Single(bySource)!["id"]!);
        Assert.Equal(fixture.Flood, (long)Assert.Single(byDate)!["id"]!);
    }

    [Fact]
    public async Task Story_IsTheObjectOfStoryJson()
    {
        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        var expected = StoryJson.Tree(StoryReader.Load(store, fixture.Flood)!);

        Assert.Equal(expected, await Client.GetStringAsync($"/api/story/{fixture.Flood}"));
    }

    [Fact]
    public async Task Article_IsTheObjectOfTraceJson()
    {
        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        var copy = store.Article(fixture.Copy)!;
        var expected = TraceJson.Trace(copy, StoryReader.Load(store, copy.StoryId)!).ToJsonString(JsonLines.Options);

        Assert.Equal(expected, await Client.GetStringAsync($"/api/article/{fixture.Copy}"));
    }

    [Fact]
    public async Task Pair_GivesTheVerdictCoverageAndPassagesOfAnEdge()
    {
        var pair = JsonNode.Parse(await Client.GetStringAsync($"/api/pair/{fixture.Wire}/{fixture.Copy}"))!;

        Assert.Equal("wholly", (string)pair["verdict"]!);
        Assert.NotEmpty(pair["passages"]!.AsArray());
        Assert.Equal(fixture.Copy, (long)pair["target"]!["id"]!);
    }

    [Theory]
    [InlineData("/api/story/abc")]
    [InlineData("/api/story/0")]
    [InlineData("/api/story/-3")]
    [InlineData("/api/story/99999999999999999999999")]
    [InlineData("/api/story/1e3")]
    [InlineData("/api/article/x")]
    [InlineData("/api/pair/1/abc")]
    [InlineData("/api/pair/%3Cscript%3E/2")]
    public async Task BadIds_Get400WithAMessage(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!);
    }

    [Fact]
    public async Task UnknownIds_Get404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/story/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/article/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/pair/{fixture.Wire}/{fixture.OtherArticle}")).StatusCode);
    }

    [Fact]
    public async Task Check_FindsTheStoredArticleAPastedCopyDerivesFrom()
    {
        using var body = new StringContent(TestStores.CopyText, Encoding.UTF8, "text/plain");
        var result = JsonNode.Parse(await (await Client.PostAsync("/api/check", body)).Content.ReadAsStringAsync())!;

        Assert.False((bool)result["stored"]!);
        Assert.Equal("wholly", (string)result["verdict"]!);
        Assert.Contains(result["sources"]!.AsArray(), s => (long)s!["article"]!["id"]! == fixture.Wire);
    }

    [Fact]
    public async Task Check_DoesNotStoreTheText()
    {
        using var body = new StringContent(TestStores.CopyText + "\nA new closing line.", Encoding.UTF8, "text/plain");
        (await Client.PostAsync("/api/check", body)).EnsureSuccessStatusCode();

        using var store = SqliteStore.OpenReadOnly(fixture.Db);
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public async Task Check_ABodyOverTwoMegabytesGets413WithAMessage()
    {
        using var body = new ByteArrayContent(new byte[(2 * 1024 * 1024) + 1]);
        var response = await Client.PostAsync("/api/check", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 2 MB", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!);
    }

    [Fact]
    public async Task Check_AnOversizedBodyWithoutALengthIsCutOffToo()
    {
        using var body = new StreamContent(new MemoryStream(new byte[(2 * 1024 * 1024) + 10]));
        body.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Check_AnEmptyBodyGets400()
    {
        using var body = new StringContent("  ", Encoding.UTF8, "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/check", body)).StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheContentSecurityPolicy()
    {
        foreach (var url in new[] { "/api/stories", "/stories", $"/story/{fixture.Flood}", "/api/story/abc" })
        {
            var response = await Client.GetAsync(url);
            Assert.Equal(WebServer.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }
}
