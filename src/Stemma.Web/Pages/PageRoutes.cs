using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Stemma.Web.Api;

namespace Stemma.Web.Pages;

/// <summary>The pages, each at a URL a person can share: /stories, /story/ID, /pair/SOURCE/TARGET, /article/ID, /check.</summary>
internal static class PageRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/stories"));
        app.MapGet("/static/{name}", (string name) => name switch
        {
            "site.css" => Results.Text(Html.Asset("site.css"), "text/css; charset=utf-8"),
            "site.js" => Results.Text(Html.Asset("site.js"), "text/javascript; charset=utf-8"),
            _ => Results.NotFound(),
        });
        app.MapGet("/stories", (HttpContext context) =>
        {
            using var store = StoreSource.Of(context).Open();
            var query = StoryQuery.Parse(context.Request.Query);
            return Page("Stories", StoriesPage.Render(query, query.Run(store), store.Sources()));
        });
        app.MapGet("/story/{id}", (HttpContext context, string id) =>
        {
            if (!Requests.TryId(id, out var storyId))
            {
                return Problem(StatusCodes.Status400BadRequest, $"'{id}' is not a story number.");
            }
            var stores = StoreSource.Of(context);
            using var store = stores.Open();
            return stores.Story(store, storyId) is { } report
                ? Page(report.Story.Title, StoryPage.Render(report, ServerLinks.Instance))
                : Problem(StatusCodes.Status404NotFound, $"There is no story {storyId}.");
        });
        app.MapGet("/pair/{source}/{target}", (HttpContext context, string source, string target) =>
        {
            if (!Requests.TryId(source, out var sourceId) || !Requests.TryId(target, out var targetId))
            {
                return Problem(StatusCodes.Status400BadRequest, "A pair is two article numbers: /pair/SOURCE/TARGET.");
            }
            var stores = StoreSource.Of(context);
            using var store = stores.Open();
            return PairView.Load(stores, store, sourceId, targetId) is { } pair
                ? Page($"{pair.Target.Name} from {pair.Source.Name}", PairPage.Render(pair, ServerLinks.Instance))
                : Problem(StatusCodes.Status404NotFound, $"Articles {sourceId} and {targetId} share no passages in one story.");
        });
        app.MapGet("/article/{id}", (HttpContext context, string id) =>
        {
            if (!Requests.TryId(id, out var articleId))
            {
                return Problem(StatusCodes.Status400BadRequest, $"'{id}' is not an article number.");
            }
            var stores = StoreSource.Of(context);
            using var store = stores.Open();
            var article = store.Article(articleId);
            return article is not null && stores.Tree(store, article.StoryId) is { } report
                ? Page(article.Title ?? article.Name, ArticlePage.Render(article, report, ServerLinks.Instance))
                : Problem(StatusCodes.Status404NotFound, $"There is no article {articleId}.");
        });
        app.MapGet("/check", () => Page("Check a text", CheckPage.Form()));
        app.MapPost("/check", async (HttpContext context) =>
        {
            var stores = StoreSource.Of(context);
            var text = await FormText(context, stores.Options.MaxBodyBytes);
            if (text is null)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, Requests.TooLarge(stores.Options.MaxBodyBytes));
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                return Page("Check a text", CheckPage.Form() + "<p class=\"error\">Paste a text or choose a file first.</p>", StatusCodes.Status400BadRequest);
            }
            using var store = stores.Open();
            var result = ApiRoutes.Check(context, store, text, stores.Options.CheckTime);
            return Page("Check a text", CheckPage.Result(text, result, ServerLinks.Instance));
        });
    }

    /// <summary>The pasted text, or the uploaded file's; null when the body is over the cap.</summary>
    private static async Task<string?> FormText(HttpContext context, long cap)
    {
        if (context.Request.ContentLength > cap + 64 * 1024 || !context.Request.HasFormContentType)
        {
            return context.Request.HasFormContentType ? null : "";
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = cap, ValueLengthLimit = (int)Math.Min(cap, int.MaxValue) }, context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        if (form.Files["file"] is { Length: > 0 } file)
        {
            if (file.Length > cap)
            {
                return null;
            }
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, false));
            return await reader.ReadToEndAsync(context.RequestAborted);
        }
        return form["text"].ToString();
    }

    private static IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Text(Html.Page(title, body), "text/html; charset=utf-8", statusCode: status);

    private static IResult Problem(int status, string message)
    {
        var heading = status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status413PayloadTooLarge => "Too large",
            _ => "Bad address",
        };
        return Page(heading, $"<h1>{heading}</h1><p class=\"error\">{Html.Text(message)}</p><p><a href=\"/stories\">All stories</a></p>", status);
    }
}
