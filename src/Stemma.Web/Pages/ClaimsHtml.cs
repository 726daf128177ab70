using System.Globalization;
using System.Text;
using Stemma.Alignment;
using Stemma.Claims;

namespace Stemma.Web.Pages;

/// <summary>
/// A story's claims as HTML: quotes that changed between versions with their word diffs (and each change
/// summed up as "old → new"), figures that disagree as a small bar chart of value by article, and names
/// spelled several ways.
/// </summary>
internal static class ClaimsHtml
{
    public static string Write(StoryClaims claims, Func<long, string?> articleLink)
    {
        var html = new StringBuilder("<section class=\"claims\"><h2>Claims</h2>");
        var changed = claims.Quotes.Where(q => q.Changed).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h3>Quotes that changed <span class=\"count\">{changed.Count} of {claims.Quotes.Count} quoted in several articles</span></h3>");
        foreach (var group in changed)
        {
            html.Append("<div class=\"quote\"><div class=\"speaker\">").Append(Html.Text(group.Speaker ?? "unattributed")).Append("</div><ul>");
            foreach (var version in group.Versions)
            {
                var mention = version.Mention;
                html.Append("<li><span class=\"article\">").Append(Link(mention.Article, articleLink)).Append("</span> ");
                html.Append("<span class=\"change change-").Append(Change(version.Change)).Append("\">").Append(Html.Text(Change(version.Change).Replace('-', ' '))).Append("</span> ");
                if (version.Diff.Count > 0)
                {
                    foreach (var summary in Summaries(version.Diff))
                    {
                        html.Append("<span class=\"swap\">").Append(Html.Text(summary)).Append("</span> ");
                    }
                    html.Append("<q class=\"diff\">").Append(Diff(version.Diff)).Append("</q>");
                }
                else
                {
                    html.Append("<q>").Append(Html.Text(mention.Text)).Append("</q>");
                }
                html.Append("</li>");
            }
            html.Append("</ul></div>");
        }

        var disagree = claims.Numbers.Where(n => n.Disagree).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h3>Figures that disagree <span class=\"count\">{disagree.Count} of {claims.Numbers.Count} figures</span></h3>");
        foreach (var group in disagree)
        {
            html.Append("<div class=\"figure\"><div class=\"measure\">").Append(Html.Text(group.Era is null ? group.Measure : $"{group.Measure} ({group.Era})")).Append("</div>");
            html.Append(Chart(group, articleLink));
            foreach (var note in group.Notes)
            {
                html.Append("<p class=\"note\">").Append(Html.Text(note)).Append("</p>");
            }
            html.Append("</div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>Names spelled several ways <span class=\"count\">{claims.Names.Count}</span></h3><ul class=\"names\">");
        foreach (var group in claims.Names)
        {
            html.Append("<li>").Append(string.Join(" / ", group.Spellings.Select(s =>
                $"<b>{Html.Text(s.Spelling)}</b> <span class=\"articles\">({string.Join(", ", s.Articles.Select(a => Link(a, articleLink)))})</span>"))).Append("</li>");
        }
        return html.Append("</ul></section>").ToString();
    }

    /// <summary>Each change inside a quote in a few words: "mark → make", "+the", "−deliberately".</summary>
    public static IEnumerable<string> Summaries(IReadOnlyList<DiffWord> diff)
    {
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var word in diff.Append(new DiffWord(DiffOp.Same, "")))
        {
            if (word.Op == DiffOp.Removed)
            {
                removed.Add(word.Text);
                continue;
            }
            if (word.Op == DiffOp.Added)
            {
                added.Add(word.Text);
                continue;
            }
            if (removed.Count > 0 || added.Count > 0)
            {
                yield return removed.Count == 0 ? "+" + string.Join(' ', added)
                    : added.Count == 0 ? "−" + string.Join(' ', removed)
                    : $"{string.Join(' ', removed)} → {string.Join(' ', added)}";
                removed.Clear();
                added.Clear();
            }
        }
    }

    /// <summary>A word diff: removed words struck through, added ones marked.</summary>
    public static string Diff(IReadOnlyList<DiffWord> diff) => string.Join(' ', diff.Select(w => w.Op switch
    {
        DiffOp.Removed => $"<del>{Html.Text(w.Text)}</del>",
        DiffOp.Added => $"<ins>{Html.Text(w.Text)}</ins>",
        _ => Html.Text(w.Text),
    }));

    /// <summary>A horizontal bar for each figure, scaled to the largest, labelled with the article and the words around the figure.</summary>
    private static string Chart(NumberGroup group, Func<long, string?> articleLink)
    {
        var max = group.Claims.Max(c => c.Value);
        var html = new StringBuilder("<table class=\"chart\">");
        foreach (var claim in group.Claims)
        {
            var width = max <= 0 ? 0 : Math.Max(1, claim.Value / max * 100);
            var words = string.Join(' ', new[] { claim.Comparator, claim.Text, string.Join(' ', claim.Qualifiers), claim.Counted }.Where(w => !string.IsNullOrEmpty(w)));
            html.Append("<tr><th>").Append(Link(claim.Article, articleLink)).Append("</th><td class=\"bar\">");
            html.Append(CultureInfo.InvariantCulture, $"<svg width=\"100%\" height=\"14\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"{width:0.##}\" height=\"14\"/></svg>");
            html.Append("</td><td class=\"value\">").Append(Html.Text(NumberClaim.Format(claim.Value))).Append("</td><td class=\"words\">").Append(Html.Text(words));
            if (claim.Attribution is not null)
            {
                html.Append(" <span class=\"by\">— ").Append(Html.Text(claim.Attribution)).Append("</span>");
            }
            html.Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static string Link(ClaimArticle article, Func<long, string?> articleLink) =>
        articleLink(article.Id) is { } href ? $"<a href=\"{Html.Text(href)}\">{Html.Text(article.Name)}</a>" : Html.Text(article.Name);

    private static string Change(QuoteChange change) => change switch
    {
        QuoteChange.Original => "first-version",
        QuoteChange.Identical => "same-words",
        QuoteChange.ChangedWords => "changed-words",
        QuoteChange.NewContext => "new-context",
        QuoteChange.Paraphrased => "paraphrased",
        _ => "reported-speech",
    };
}
