using System.Globalization;
using System.Text;
using Stemma.Storage;

namespace Stemma.Web.Pages;

/// <summary>The stories page: a search box, source and date filters, an order, and the matching stories as a table.</summary>
internal static class StoriesPage
{
    public static string Render(StoryQuery query, IReadOnlyList<StorySummary> stories, IReadOnlyList<(string Source, int Articles)> sources)
    {
        var html = new StringBuilder("<h1>Stories</h1>");
        html.Append("<form class=\"filters\" method=\"get\" action=\"/stories\" role=\"search\">");
        html.Append("<input type=\"search\" name=\"q\" placeholder=\"search titles and text\" aria-label=\"search\" value=\"").Append(Html.Text(query.Search)).Append("\">");
        html.Append("<select name=\"source\" aria-label=\"source\"><option value=\"\">any source</option>");
        foreach (var (source, count) in sources)
        {
            html.Append("<option value=\"").Append(Html.Text(source)).Append('"').Append(source == query.Source ? " selected" : "")
                .Append('>').Append(Html.Text(source)).Append(CultureInfo.InvariantCulture, $" ({count})</option>");
        }
        html.Append("</select>");
        html.Append("<label>from <input type=\"date\" name=\"from\" value=\"").Append(query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></label>");
        html.Append("<label>to <input type=\"date\" name=\"to\" value=\"").Append(query.To?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></label>");
        html.Append("<select name=\"sort\" aria-label=\"order\">");
        foreach (var (value, label) in new[] { ("", "best match, else largest"), ("size", "largest first"), ("time", "latest first"), ("oldest", "oldest first") })
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{value}\"{(value == query.Sort ? " selected" : "")}>{label}</option>");
        }
        html.Append("</select><button type=\"submit\">Search</button></form>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"count\">{stories.Count} {(stories.Count == 1 ? "story" : "stories")}{(query.Search.Length > 0 ? " matching" : "")}</p>");
        if (stories.Count == 0)
        {
            html.Append("<p>No stories here. Ingest articles with <code>stemma ingest PATH...</code>, or change the search.</p>");
            return html.ToString();
        }
        html.Append("<table class=\"stories\"><thead><tr><th>story</th><th>articles</th><th>published</th><th>title</th></tr></thead><tbody>");
        foreach (var story in stories.Take(StoryQuery.Shown))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{story.Id}</td><td>{story.Size}</td><td>{Html.Text(Span(story))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"/story/{story.Id}\">{Html.Text(story.Title)}</a></td></tr>");
        }
        html.Append("</tbody></table>");
        if (stories.Count > StoryQuery.Shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"count\">and {stories.Count - StoryQuery.Shown} more: narrow the search to see them.</p>");
        }
        return html.ToString();
    }

    public static string Span(StorySummary story) => story.First is null ? "undated"
        : story.First == story.Last ? Html.Time(story.First) : $"{Html.Time(story.First)} – {Html.Time(story.Last)}";
}
