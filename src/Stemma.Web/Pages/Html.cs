using System.Globalization;
using System.Reflection;
using System.Text;

namespace Stemma.Web.Pages;

/// <summary>
/// Writing HTML: every piece of text goes through <see cref="Text"/> (article text is hostile input: a crawled
/// page can hold markup), and the page shell links the stylesheet and script served by this program, or
/// inlines them for a self-contained report.
/// </summary>
internal static class Html
{
    /// <summary>
    /// Text escaped for an element's content or a quoted attribute: the five characters that can end either
    /// (&amp; &lt; &gt; " ') become references; everything else, non-ASCII included, stays as written (the page is UTF-8).
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return escaped.ToString();
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>A whole page: title, navigation and body, with the assets linked (served) or inlined (report).</summary>
    public static string Page(string title, string body, bool inline = false)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (inline)
        {
            // A file opened from disk has no server to send headers: the policy travels in the page.
            page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
            page.Append("<style>").Append(Asset("site.css")).Append("</style>");
        }
        else
        {
            page.Append("<link rel=\"stylesheet\" href=\"/static/site.css\">");
        }
        page.Append("<title>").Append(Text(title)).Append(" · Stemma</title></head><body>");
        page.Append("<header><a class=\"brand\" href=\"").Append(inline ? "#top" : "/stories").Append("\">Stemma</a>");
        if (!inline)
        {
            page.Append("<nav><a href=\"/stories\">Stories</a><a href=\"/check\">Check a text</a></nav>");
        }
        page.Append("</header><main id=\"top\">").Append(body).Append("</main>");
        page.Append(inline ? "<script>" + Asset("site.js") + "</script>" : "<script src=\"/static/site.js\"></script>");
        page.Append("</body></html>");
        return page.ToString();
    }

    /// <summary>An asset embedded in this assembly (Assets/).</summary>
    public static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Stemma.Web.Assets." + name)
            ?? throw new InvalidOperationException($"asset {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>Where a page's links go: the server's URLs, or anchors inside one report file.</summary>
internal interface ILinks
{
    string Story(long id);

    string Pair(long source, long target);

    /// <summary>An article's page, or null when there is none (a report holds only its stories and pairs).</summary>
    string? Article(long id);
}

/// <summary>The server's shareable URLs.</summary>
internal sealed class ServerLinks : ILinks
{
    public static readonly ServerLinks Instance = new();

    public string Story(long id) => $"/story/{id}";

    public string Pair(long source, long target) => $"/pair/{source}/{target}";

    public string? Article(long id) => $"/article/{id}";
}

/// <summary>Anchors inside a self-contained report.</summary>
internal sealed class ReportLinks : ILinks
{
    public static readonly ReportLinks Instance = new();

    public string Story(long id) => $"#story-{id}";

    public string Pair(long source, long target) => $"#pair-{source}-{target}";

    public string? Article(long id) => null;
}
