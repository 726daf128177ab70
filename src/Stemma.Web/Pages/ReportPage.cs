using System.Text;
using Stemma.Reports;

namespace Stemma.Web.Pages;

/// <summary>
/// <c>stemma report</c>: one self-contained HTML file (stylesheet, script and SVG inline, nothing fetched) with
/// each story's page and, after it, the side-by-side view of every edge of its tree, linked from the graph.
/// </summary>
internal static class ReportPage
{
    public static string Render(IReadOnlyList<StoryReport> reports)
    {
        var body = new StringBuilder();
        if (reports.Count > 1)
        {
            body.Append("<h1>Stories</h1><ul>");
            foreach (var report in reports)
            {
                body.Append("<li><a href=\"").Append(Html.Text(ReportLinks.Instance.Story(report.Story.Id))).Append("\">").Append(Html.Text(report.Story.Title)).Append("</a></li>");
            }
            body.Append("</ul>");
        }
        foreach (var report in reports)
        {
            body.Append(StoryPage.Render(report, ReportLinks.Instance));
            var byId = report.Members.ToDictionary(m => m.Id);
            foreach (var edge in report.Edges)
            {
                if (report.Alignment(edge.SourceId, edge.TargetId) is { } alignment)
                {
                    body.Append("<hr>").Append(PairPage.Render(new PairView(report, byId[edge.SourceId], byId[edge.TargetId], alignment), ReportLinks.Instance));
                }
            }
        }
        var title = reports.Count == 1 ? reports[0].Story.Title : $"{reports.Count} stories";
        return Html.Page(title, body.ToString(), inline: true);
    }
}
