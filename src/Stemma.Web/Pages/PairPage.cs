using System.Globalization;
using System.Text;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

/// <summary>
/// Two articles side by side (source left, the one that took from it right): each passage in its own colour on
/// both sides, verbatim passages filled and rewritten ones outlined, changed words marked, and the coverage.
/// </summary>
internal static class PairPage
{
    public static string Render(PairView pair, ILinks links)
    {
        var (report, source, target, alignment) = (pair.Report, pair.Source, pair.Target, pair.Alignment);
        var edge = report.Edges.FirstOrDefault(e => (e.SourceId, e.TargetId) == (source.Id, target.Id));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"pair\" id=\"pair-{source.Id}-{target.Id}\">");
        html.Append("<p class=\"crumbs\"><a href=\"").Append(Html.Text(links.Story(report.Story.Id))).Append("\">← story ").Append(report.Story.Id.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Html.Text(report.Story.Title)).Append("</a></p>");
        html.Append("<h1>").Append(Html.Text(target.Name)).Append(" from ").Append(Html.Text(source.Name)).Append("</h1>");
        var sentences = pair.Sentences;
        var verbatim = sentences.Count(m => m.Verbatim);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\"><b>{Verdicts.Name(alignment.Verdict)}</b> · coverage <b>{Html.Percent(alignment.Coverage)}</b> of {Html.Text(target.Name)} · {alignment.Passages.Count} {(alignment.Passages.Count == 1 ? "passage" : "passages")} · {sentences.Count} sentences matched ({verbatim} verbatim, {sentences.Count - verbatim} rewritten)</p>");
        if (edge is not null && edge.Reasons.Count > 0)
        {
            html.Append("<ul class=\"reasons\">");
            foreach (var reason in edge.Reasons)
            {
                html.Append("<li>").Append(Html.Text(reason)).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("<div class=\"legend\"><span class=\"key kind-verbatim\">verbatim</span><span class=\"key kind-rewrite\">rewritten</span><span class=\"key changed\">changed words</span><span class=\"hint\">Same number and colour = the same sentence on both sides; hover one to find the other, click it to scroll there.</span></div>");
        var sourceMarks = new List<Highlight>();
        var targetMarks = new List<Highlight>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var m = sentences[i];
            var kind = m.Verbatim ? "verbatim" : "rewrite";
            var about = $"{kind}, similarity {m.Similarity:0.00}";
            sourceMarks.Add(new Highlight(m.Source.Start, m.Source.Length, i, kind, m.TargetText, IsSource: true, about));
            targetMarks.Add(new Highlight(m.Target.Start, m.Target.Length, i, kind, m.SourceText, IsSource: false, about));
        }
        html.Append("<div class=\"sides\">");
        Side(html, "source", "taken from", source, sourceMarks, links);
        Side(html, "target", "taken by", target, targetMarks, links);
        return html.Append("</div></section>").ToString();
    }

    private static void Side(StringBuilder html, string side, string label, StoredArticle article, List<Highlight> marks, ILinks links)
    {
        var name = links.Article(article.Id) is { } href ? $"<a href=\"{Html.Text(href)}\">{Html.Text(article.Name)}</a>" : Html.Text(article.Name);
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"side side-{side}\" data-article=\"{article.Id}\"><h2><span class=\"label\">{label}</span> {name}</h2>");
        html.Append("<p class=\"meta\">").Append(Html.Text($"{article.Title ?? ""} · {article.Source ?? "source unknown"} · {Html.Time(article.Published)}")).Append("</p>");
        html.Append(PassageText.Render(article.Original, article.BodyStart, marks, side)).Append("</article>");
    }
}
