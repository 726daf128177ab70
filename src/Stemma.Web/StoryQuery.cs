using Microsoft.AspNetCore.Http;
using Stemma.Storage;

namespace Stemma.Web;

/// <summary>
/// What the stories page asks for: search words, a source, a date range and an order (<c>size</c>, <c>time</c>,
/// <c>oldest</c>, <c>relevance</c>, or empty for the best match when searching and the largest first otherwise);
/// the same for the page and for <c>/api/stories</c>.
/// </summary>
internal sealed record StoryQuery(string Search, string? Source, DateTimeOffset? From, DateTimeOffset? To, string Sort)
{
    /// <summary>Stories shown at most; the page says how many more there are.</summary>
    public const int Shown = 200;

    public static StoryQuery Parse(IQueryCollection query)
    {
        var search = (query["q"].ToString() ?? "").Trim();
        var source = query["source"].ToString();
        var sort = query["sort"].ToString() is "size" or "time" or "oldest" or "relevance" ? query["sort"].ToString() : "";
        search = search.Length > 500 ? search[..500] : search;
        return new StoryQuery(search, string.IsNullOrWhiteSpace(source) ? null : source, Requests.Date(query["from"]), Requests.Date(query["to"])?.AddDays(1), sort);
    }

    /// <summary>The matching stories in the asked order (by default: search rank when searching, else size).</summary>
    public IReadOnlyList<StorySummary> Run(SqliteStore store)
    {
        IReadOnlyList<StorySummary> stories;
        if (Search.Length > 0)
        {
            var ranked = store.SearchStories(Search);
            var byId = store.Stories([.. ranked]).ToDictionary(s => s.Id);
            stories = [.. ranked.Where(byId.ContainsKey).Select(id => byId[id])];
        }
        else
        {
            stories = store.Stories();
        }
        var from = Source is null ? null : store.StoriesFrom(Source);
        var kept = stories.Where(s => (from is null || from.Contains(s.Id))
            && (From is null || (s.Last ?? s.First) >= From)
            && (To is null || (s.First ?? s.Last) < To));
        kept = Sort switch
        {
            "time" => kept.OrderByDescending(s => s.Last ?? DateTimeOffset.MinValue).ThenBy(s => s.Id),
            "oldest" => kept.OrderBy(s => s.First ?? DateTimeOffset.MaxValue).ThenBy(s => s.Id),
            "relevance" => kept,
            "size" => kept.OrderByDescending(s => s.Size).ThenBy(s => s.Id),
            _ when Search.Length > 0 => kept,
            _ => kept.OrderByDescending(s => s.Size).ThenBy(s => s.Id),
        };
        return [.. kept];
    }
}
