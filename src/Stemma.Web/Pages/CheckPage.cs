using System.Globalization;
using System.Text;
using Stemma.Alignment;
using Stemma.Pipeline;
using Stemma.Reports;

namespace Stemma.Web.Pages;

/// <summary>Check a text: a form to paste or upload an article, and which stored articles it derives from, with the passages.</summary>
internal static class CheckPage
{
    public static string Form(string text = "") =>
        "<h1>Check a text</h1><p>Paste an article (or choose a file) to see which stored articles it derives from. " +
        "It is compared and forgotten: nothing you send is stored (this server only reads the store; to keep an article, save it and run <code>stemma ingest FILE</code>).</p>" +
        "<form class=\"check\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">" +
        "<textarea name=\"text\" rows=\"14\" aria-label=\"article text\" placeholder=\"the article's text\">" + Html.Text(text) + "</textarea>" +
        "<p><label>or a file: <input type=\"file\" name=\"file\" accept=\".txt,.html,.htm,text/plain,text/html\"></label></p>" +
        "<button type=\"submit\">Check</button></form>";

    public static string Result(string text, CheckResult result, ILinks links)
    {
        var html = new StringBuilder(Form(text));
        html.Append("<section class=\"check-result\"><h2>Result</h2>");
        if (result.Error is not null || result.Text is null)
        {
            return html.Append("<p class=\"error\">").Append(Html.Text(result.Error ?? "nothing to check")).Append("</p></section>").ToString();
        }
        if (result.TimedOut)
        {
            html.Append("<p class=\"error\">The time for a check ran out before every candidate was compared; what was found so far is below.</p>");
        }
        if (result.Sources.Count == 0)
        {
            return html.Append("<p>It shares no passages with the stored articles of the stories most like it.</p></section>").ToString();
        }
        if (result.Overall is { } overall)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">All together: <b>{Verdicts.Name(overall.Verdict)}</b> derived, coverage <b>{Html.Percent(overall.Coverage)}</b> of the text.</p>");
        }
        foreach (var source in result.Sources)
        {
            var article = source.Article;
            html.Append("<div class=\"check-source\"><h3><a href=\"").Append(Html.Text(links.Article(article.Id) ?? "")).Append("\">").Append(Html.Text(article.Name)).Append("</a> ");
            html.Append("<span class=\"meta\">").Append(Html.Text($"{article.Title} · story {article.StoryId} · {Verdicts.Name(source.Comparison.Verdict)}, {Html.Percent(source.Comparison.Coverage)} of the text")).Append("</span></h3>");
            html.Append("<table class=\"passages\"><thead><tr><th>your text</th><th>stored article</th><th>kind</th></tr></thead><tbody>");
            foreach (var passage in source.Comparison.Passages)
            {
                var mine = PassageText.Slice(text, passage.Target.Start, passage.Target.Length);
                var theirs = PassageText.Slice(article.Original, passage.Source.Start, passage.Source.Length);
                var kind = passage.Kind == PassageKind.Verbatim ? "verbatim" : "rewrite";
                html.Append("<tr><td>").Append(Html.Text(mine)).Append("</td><td>").Append(Html.Text(theirs)).Append(CultureInfo.InvariantCulture, $"</td><td>{kind} {passage.Similarity:0.00}</td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        return html.Append("</section>").ToString();
    }
}
