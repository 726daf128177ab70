using System.Globalization;
using System.Text;
using Stemma.Provenance;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

/// <summary>The trace view of one article: where its passages came from (each source its own colour in the text) and who took from it.</summary>
internal static class ArticlePage
{
    public static string Render(StoredArticle article, StoryReport report, ILinks links)
    {
        var byId = report.Members.ToDictionary(m => m.Id);
        var role = StoryJson.Role(FamilyTree.RoleOf(report.Edges, article.Id));
        var html = new StringBuilder("<section class=\"trace\">");
        html.Append("<p class=\"crumbs\"><a href=\"").Append(Html.Text(links.Story(report.Story.Id))).Append("\">← story ").Append(report.Story.Id.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Html.Text(report.Story.Title)).Append("</a></p>");
        html.Append("<h1>").Append(Html.Text(article.Title ?? article.Name)).Append("</h1>");
        html.Append("<p class=\"meta\">").Append(Html.Text($"{article.Name} · {article.Source ?? "source unknown"} · {Html.Time(article.Published)} · {role.Replace('-', ' ')}")).Append("</p>");
        if (article.Url is not null)
        {
            // Shown, not linked: a crawled address is not something to click from here.
            html.Append("<p class=\"meta\">address: <code>").Append(Html.Text(article.Url)).Append("</code></p>");
        }
        var alignments = report.AlignmentsOf(article.Id);
        var parents = report.Edges.Where(e => e.TargetId == article.Id && e.Kind == EdgeKind.Derived).Select(e => e.SourceId).ToHashSet();
        html.Append("<h2>Where its passages came from</h2>");
        if (alignments.Count == 0)
        {
            html.Append("<p>No passage of it was found in the other articles of its story.</p>");
        }
        var marks = new List<Highlight>();
        html.Append("<ul class=\"sources\">");
        for (var i = 0; i < alignments.Count; i++)
        {
            var alignment = alignments[i];
            var source = byId[alignment.SourceId];
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"swatch c{i % 8}\"></span><a href=\"{Html.Text(links.Pair(source.Id, article.Id))}\">{Html.Text(source.Name)}</a> ");
            html.Append(parents.Contains(source.Id) ? "parent in the tree" : "shares passages, not a parent").Append(": ")
                .Append(Html.Text($"{Verdicts.Name(alignment.Verdict)}, {Html.Percent(alignment.Coverage)} of this article, {alignment.Passages.Count} passages")).Append("</li>");
            marks.AddRange(alignment.Passages.Select(p => new Highlight(p.TargetOffset, p.TargetLength, i, p.Kind, null, IsSource: false, $"from {source.Name}")));
        }
        html.Append("</ul>");
        var children = report.Edges.Where(e => e.SourceId == article.Id && e.Kind == EdgeKind.Derived).ToList();
        html.Append("<h2>Who took from it</h2>");
        html.Append(children.Count == 0 ? "<p>No article of its story derives from it.</p>" : "<ul class=\"children\">");
        foreach (var child in children)
        {
            html.Append("<li><a href=\"").Append(Html.Text(links.Pair(article.Id, child.TargetId))).Append("\">").Append(Html.Text(byId[child.TargetId].Name)).Append("</a>: ")
                .Append(Html.Text($"{Verdicts.Name(child.Verdict)}, {Html.Percent(child.Coverage)} of it")).Append("</li>");
        }
        html.Append(children.Count == 0 ? "" : "</ul>");
        html.Append("<h2>Text</h2>").Append(PassageText.Render(article.Original, article.BodyStart, FirstPerSpan(marks), "article"));
        return html.Append("</section>").ToString();
    }

    /// <summary>Where several sources explain the same text, the best covering one (listed first) colours it.</summary>
    private static IEnumerable<Highlight> FirstPerSpan(List<Highlight> marks)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var mark in marks)
        {
            if (!taken.Any(t => mark.Start < t.End && t.Start < mark.Start + mark.Length))
            {
                taken.Add((mark.Start, mark.Start + mark.Length));
                yield return mark;
            }
        }
    }
}
