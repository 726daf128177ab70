using Stemma.Reports;
using Stemma.Web.Pages;

namespace Stemma.Web;

/// <summary>The self-contained HTML report of stories (<c>stemma report</c>): the same pages the server shows, in one file.</summary>
public static class HtmlReport
{
    public static string Write(IReadOnlyList<StoryReport> reports) => ReportPage.Render(reports);
}
