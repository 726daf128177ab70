using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Stemma.Pipeline;
using Stemma.Reports;

namespace Stemma.Web.Api;

/// <summary>
/// The JSON API under <c>/api/</c>: the same objects the command line prints with <c>--json</c> (one story as
/// <c>stemma story --json</c>, an article as <c>stemma trace --json</c>), from the same writers in Core.
/// Errors are <c>{"error": "..."}</c> with 400 (bad id), 404 (no such thing) or 413 (body too large).
/// </summary>
internal static class ApiRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/stories", (HttpContext context) =>
        {
            using var store = StoreSource.Of(context).Open();
            var stories = StoryQuery.Parse(context.Request.Query).Run(store);
            return Json(new JsonArray([.. stories.Select(s => (JsonNode)StoryJson.SummaryNode(s))]));
        });
        app.MapGet("/api/story/{id}", (HttpContext context, string id) =>
        {
            if (!Requests.TryId(id, out var storyId))
            {
                return Error(StatusCodes.Status400BadRequest, $"'{id}' is not a story number");
            }
            var source = StoreSource.Of(context);
            using var store = source.Open();
            return source.Story(store, storyId) is { } report
                ? Json(StoryJson.TreeNode(report))
                : Error(StatusCodes.Status404NotFound, $"no story {storyId}");
        });
        app.MapGet("/api/article/{id}", (HttpContext context, string id) =>
        {
            if (!Requests.TryId(id, out var articleId))
            {
                return Error(StatusCodes.Status400BadRequest, $"'{id}' is not an article number");
            }
            var source = StoreSource.Of(context);
            using var store = source.Open();
            var article = store.Article(articleId);
            return article is not null && source.Tree(store, article.StoryId) is { } report
                ? Json(TraceJson.Trace(article, report))
                : Error(StatusCodes.Status404NotFound, $"no article {articleId}");
        });
        app.MapGet("/api/pair/{source}/{target}", (HttpContext context, string source, string target) =>
        {
            if (!Requests.TryId(source, out var sourceId) || !Requests.TryId(target, out var targetId))
            {
                return Error(StatusCodes.Status400BadRequest, $"'{source}/{target}' is not a pair of article numbers");
            }
            var stores = StoreSource.Of(context);
            using var store = stores.Open();
            if (PairView.Load(stores, store, sourceId, targetId) is not { } pair)
            {
                return Error(StatusCodes.Status404NotFound, $"articles {sourceId} and {targetId} share no passages in one story");
            }
            var json = TraceJson.Source(pair.Target, pair.Source, pair.Alignment, pair.Report);
            json["target"] = StoryJson.Article(pair.Target);
            json["story"] = pair.Report.Story.Id;
            return Json(json);
        });
        app.MapPost("/api/check", async (HttpContext context) =>
        {
            var stores = StoreSource.Of(context);
            var text = await Requests.ReadTextAsync(context.Request, stores.Options.MaxBodyBytes, context.RequestAborted);
            if (text is null)
            {
                return Error(StatusCodes.Status413PayloadTooLarge, Requests.TooLarge(stores.Options.MaxBodyBytes));
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                return Error(StatusCodes.Status400BadRequest, "post the article's text as the request body");
            }
            using var store = stores.Open();
            var result = Check(context, store, text, stores.Options.CheckTime);
            return result.Error is null ? Json(CheckJson.Result(result)) : Error(StatusCodes.Status422UnprocessableEntity, result.Error);
        });
    }

    /// <summary>Checks a text with the server's time limit: past it, the comparison stops and says so.</summary>
    public static CheckResult Check(HttpContext context, Storage.SqliteStore store, string text, TimeSpan limit)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timer.CancelAfter(limit);
        return context.RequestServices.GetRequiredService<CheckPipeline>().Check(store, text, timer.Token);
    }

    private static IResult Json(JsonNode node) => Results.Text(JsonLines.Write(node), "application/json; charset=utf-8");

    private static IResult Error(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(JsonLines.Options), "application/json; charset=utf-8", statusCode: status);
}
