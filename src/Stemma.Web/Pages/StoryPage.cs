using System.Globalization;
using System.Text;
using Stemma.Provenance;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

/// <summary>A story: its family tree as a graph, its edges as a table (with reasons), its articles, and its claims.</summary>
internal static class StoryPage
{
    public static string Render(StoryReport report, ILinks links)
    {
        var story = report.Story;
        var byId = report.Members.ToDictionary(m => m.Id);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"story\" id=\"story-{story.Id}\"><h1>").Append(Html.Text(story.Title)).Append("</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">story {story.Id} · {story.Size} articles · {Html.Text(StoriesPage.Span(story))}</p>");
        html.Append("<div class=\"legend\"><span class=\"key role-origin\">origin</span><span class=\"key role-derived\">derived</span>")
            .Append("<span class=\"key role-copy-of-missing-origin\">copy of a missing origin</span><span class=\"key role-independent\">independent</span>")
            .Append("<span class=\"key role-missing-origin\">missing origin</span><span class=\"hint\">Hover an edge for its reasons; click it to see the two articles side by side.</span></div>");
        html.Append("<div class=\"graph\">").Append(TreeSvg.Draw(report, links)).Append("</div>");

        html.Append("<h2>Who took from whom</h2><table class=\"edges\"><thead><tr><th>from</th><th>to</th><th>verdict</th><th>coverage</th><th>reasons</th></tr></thead><tbody>");
        foreach (var edge in report.Edges)
        {
            var siblings = edge.Kind == EdgeKind.Siblings;
            html.Append("<tr><td>").Append(Html.Text(byId[edge.SourceId].Name)).Append("</td><td>").Append(Html.Text(byId[edge.TargetId].Name)).Append("</td>");
            html.Append("<td><a href=\"").Append(Html.Text(links.Pair(edge.SourceId, edge.TargetId))).Append("\">")
                .Append(siblings ? "copies of a missing origin" : Verdicts.Name(edge.Verdict)).Append("</a></td>");
            html.Append("<td>").Append(Html.Percent(edge.Coverage)).Append("</td><td><ul class=\"reasons\">");
            foreach (var reason in edge.Reasons)
            {
                html.Append("<li>").Append(Html.Text(reason)).Append("</li>");
            }
            html.Append("</ul></td></tr>");
        }
        html.Append("</tbody></table>");

        html.Append("<h2>Articles</h2><table class=\"articles\"><thead><tr><th>#</th><th>article</th><th>role</th><th>source</th><th>published</th><th>title</th></tr></thead><tbody>");
        foreach (var member in report.Members)
        {
            var name = links.Article(member.Id) is { } href ? $"<a href=\"{Html.Text(href)}\">{Html.Text(member.Name)}</a>" : Html.Text(member.Name);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{member.Id}</td><td>{name}</td><td>{StoryJson.Role(FamilyTree.RoleOf(report.Edges, member.Id)).Replace('-', ' ')}</td>");
            html.Append("<td>").Append(Html.Text(member.Source ?? "")).Append("</td><td>").Append(Html.Text(Html.Time(member.Published))).Append("</td><td>").Append(Html.Text(member.Title ?? "")).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append(ClaimsHtml.Write(report.Claims, links.Article));
        return html.Append("</section>").ToString();
    }
}
