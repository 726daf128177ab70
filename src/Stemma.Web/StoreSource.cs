using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web;

/// <summary>
/// The store as the server reads it: one read-only connection per request (a connection is not shared between
/// threads), and stories kept drawn in memory while the store does not change.
/// </summary>
public sealed class StoreSource(WebOptions options)
{
    private readonly ConcurrentDictionary<string, (string Mark, Lazy<object?> Value)> _cache = new(StringComparer.Ordinal);

    public WebOptions Options => options;

    /// <summary>Opens the store for reading only.</summary>
    /// <exception cref="InvalidDataException">It is missing, not a store, or of another schema version.</exception>
    public SqliteStore Open() => SqliteStore.OpenReadOnly(options.Db);

    /// <summary>A story with its tree and claims, or null when there is none with this id.</summary>
    public StoryReport? Story(SqliteStore store, long id) => Cached(store, $"story:{id}", () => StoryReader.Load(store, id));

    /// <summary>A story's members and tree without its claims (what a pair page needs), or the whole story when already read.</summary>
    public StoryReport? Tree(SqliteStore store, long id) =>
        _cache.TryGetValue($"story:{id}", out var whole) && whole.Mark == store.ChangeMark() && whole.Value.IsValueCreated
            ? (StoryReport?)whole.Value.Value
            : Cached(store, $"tree:{id}", () => StoryReader.Load(store, id, claims: false));

    /// <summary>
    /// A value read from the store, kept while the store does not change (reading a story again takes tens of
    /// milliseconds: its articles are extracted and compared again). The cache is dropped whole when full.
    /// </summary>
    public T Cached<T>(SqliteStore store, string key, Func<T> read)
    {
        var mark = store.ChangeMark();
        if (_cache.TryGetValue(key, out var cached) && cached.Mark == mark)
        {
            return (T)cached.Value.Value!;
        }
        if (_cache.Count >= options.CachedStories)
        {
            _cache.Clear();
        }
        // Requests for the same story at once share one reading of it (Lazy runs the read once).
        var entry = _cache.AddOrUpdate(key, _ => (mark, new Lazy<object?>(() => read())), (_, old) => old.Mark == mark ? old : (mark, new Lazy<object?>(() => read())));
        try
        {
            return (T)entry.Value.Value!;
        }
        catch
        {
            _cache.TryRemove(key, out _); // a failed read is not kept: the next request tries again
            throw;
        }
    }

    /// <summary>A store that cannot be read gives every request a plain 503 with the reason, not a stack trace; an unexpected error a plain 500.</summary>
    internal static async Task Guard(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (InvalidDataException error) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"the store cannot be read: {error.Message}");
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            // A bug: the operator sees it on stderr, the visitor a plain line without internals.
            await Console.Error.WriteLineAsync($"{context.Request.Method} {context.Request.Path}: {error}");
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("something went wrong on the server; its log says what");
        }
    }

    public static StoreSource Of(HttpContext context) => context.RequestServices.GetRequiredService<StoreSource>();
}
