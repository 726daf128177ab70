using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stemma.Pipeline;
using Stemma.Web.Api;
using Stemma.Web.Pages;

namespace Stemma.Web;

/// <summary>
/// The web UI: server-rendered pages and a JSON API over a store opened read-only. Every response carries a
/// Content-Security-Policy that lets the page load only its own stylesheet and script, so article text (hostile
/// input: it was crawled) can neither run code nor fetch anything even if escaping ever failed.
/// </summary>
public static class WebServer
{
    /// <summary>What a page may load: its own stylesheet and script, nothing inline, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication Create(WebOptions options, string[]? args = null)
    {
        options.Validate();
        var builder = WebApplication.CreateBuilder(args ?? []);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<StoreSource>();
        builder.Services.AddSingleton(new CheckPipeline());
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.Use(StoreSource.Guard);
        ApiRoutes.Map(app);
        PageRoutes.Map(app);
        return app;
    }
}
