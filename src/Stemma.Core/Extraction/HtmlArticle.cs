using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Stemma.Extraction;

/// <summary>What the HTML head says about the article.</summary>
internal sealed record HtmlMetadata(string? Title, string? Url, string? Source, string? Published);

/// <summary>
/// Finds an HTML page's main text, block by block. The cascade:
/// 1. parse, keeping element source positions;
/// 2. read the title, canonical URL, site name and publication time from the head;
/// 3. drop what never holds article text: scripts, styles, media, form controls (<see cref="HtmlFurniture.NeverText"/>);
/// 4. score every element as the article's container from its text blocks (paragraphs, list items, cells,
///    text between &lt;br&gt;s), link density and class/id/tag evidence, and choose the best with its
///    well-scoring siblings, in page order (<see cref="HtmlBlockScores"/>);
/// 5. emit one line per block element, whitespace collapsed; inside the chosen blocks, furniture-looking
///    elements (nav, asides, share/related/comment widgets by class or id) holding a minor share of the text,
///    captions, and blocks that are mostly link text are reported as removed, each with its reason.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption",
        "caption", "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "tr", "tbody",
        "thead", "figure", "address", "hr", "body", "nav", "aside", "footer", "form", "fieldset", "details",
        "summary", "center", "tfoot", "menu", "html",
    };

    /// <summary>Whether an element starts a new block of text (a line of its own).</summary>
    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static (List<SourceLine> Lines, HtmlMetadata Metadata) Extract(string html, CascadeWeights? weights = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(HtmlDepthGuard.Flatten(html, out _)); // bounded nesting: see HtmlDepthGuard
        var metadata = ReadMetadata(document);
        var body = document.Body;
        if (body is null)
        {
            return ([], metadata);
        }
        RemoveNeverText(body);
        var stats = HtmlBlockScores.Measure(body);
        weights ??= CascadeWeights.Default;
        var candidates = HtmlBlockScores.Score(body, stats, weights);
        var roots = HtmlBlockScores.Choose(body, stats, candidates, weights);
        var walker = new BlockWalker(html, stats, weights);
        foreach (var root in roots)
        {
            walker.Walk(root);
        }
        return (walker.Lines, metadata);
    }

    private static HtmlMetadata ReadMetadata(IDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;
        var title = Meta("meta[property='og:title']") ?? (document.Title is { Length: > 0 } t ? t.Trim() : null);
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        var source = Meta("meta[property='og:site_name']") ?? Meta("meta[name='publisher']");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']")
            ?? Meta("meta[itemprop='datePublished']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new HtmlMetadata(title, url, source, published);
    }

    private static void RemoveNeverText(IElement body)
    {
        var doomed = body.Descendants<IElement>().Where(e => HtmlFurniture.NeverText.Contains(e.LocalName)).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }
}
