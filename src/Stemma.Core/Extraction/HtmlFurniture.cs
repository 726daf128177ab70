using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Stemma.Extraction;

/// <summary>
/// Evidence, from an element's tag, role and class/id words, that it is page furniture or article body.
/// None of it is a verdict on its own: the scorer weighs it with the text (<see cref="HtmlBlockScores"/>),
/// and the walker skips a furniture-looking element only when it holds a minor share of the chosen block.
/// Only elements that can never hold article text (scripts, styles, media, form controls) are dropped outright.
/// </summary>
internal static partial class HtmlFurniture
{
    /// <summary>Elements that never hold article text; dropped before anything else.</summary>
    public static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "svg", "canvas", "iframe", "button", "select", "input", "rt", "rp",
        "textarea", "object", "embed", "video", "audio", "map", "dialog", "head", "link", "meta",
    };

    /// <summary>Tags whose content is usually furniture (navigation, asides, footers, forms).</summary>
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "form", "label", "menu",
        // A <noscript> left open by a stray block tag holds the rest of the page, so it is evidence, not a verdict.
        "noscript",
    };

    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social|related|relatedposts|comments?|commentlist|respond|reply|sidebar|widget|newsletter|subscribe|subscription|advert|advertisement|ads|ad|adslot|sponsor|sponsored|promo|cookie|cookies|consent|gdpr|breadcrumbs?|menu|navbar|nav|navigation|footer|masthead|header|popup|modal|overlay|tags|tag-?list|tagcloud|author|authors|author-?bio|author-?box|author-?info|about-?(the-)?author|bio|biography|profile|byline|meta|postmeta|entry-meta|post-meta|date|dateline|caption|credit|jp-relatedposts|sharedaddy|outbrain|taboola|teaser|recommended|more|paywall|login|signup|banner|toolbar|pagination|pager|rating|skip|hidden|copyright|legal|disclaimer)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureWord();

    [GeneratedRegex(@"(^|[\s_-])(article|articlebody|article-?body|article-?content|articletext|body|content|entry|entry-?content|hentry|h-entry|main|post|post-?content|post-?body|text|story|story-?body|blog|blogpost|rich-?text|prose|copy|news|detail|beitrag|artikel|inhalt|td-post-content|field-?item)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"(^|[\s_-])(popup|popmake|modal|cookie|cookies|cookiebar|consent|gdpr)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverlayWord();

    /// <summary>
    /// Whether the element lies in something shown over the page or not at all: a popup, a modal, a cookie or
    /// consent banner, a dialog, an element hidden from readers. The body's own class is not asked ("modal-enabled").
    /// </summary>
    public static bool IsInsideOverlay(IElement element, IElement body)
    {
        for (var node = element; node is not null && node != body; node = node.ParentElement)
        {
            if (IsOverlay(node))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether this element itself is a popup, modal, cookie or consent box, a dialog or hidden from readers.</summary>
    public static bool IsOverlay(IElement node) =>
        node.LocalName == "dialog" || node.GetAttribute("aria-hidden") == "true" || node.GetAttribute("aria-modal") == "true"
        || node.GetAttribute("role") is "dialog" or "alertdialog"
        || (Names(node) is { Length: > 0 } names && OverlayWord().IsMatch(names));

    /// <summary>The furniture word in the element's class or id, tag or role, or null when none says so.</summary>
    public static string? FurnitureEvidence(IElement element)
    {
        var name = element.LocalName;
        if (FurnitureTags.Contains(name))
        {
            return name;
        }
        if (element.GetAttribute("aria-hidden") == "true")
        {
            return "aria-hidden";
        }
        if (element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo" or "search" or "dialog" or "alert")
        {
            return "role " + element.GetAttribute("role");
        }
        if (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return "hidden";
        }
        var names = Names(element);
        if (names.Length == 0)
        {
            return null;
        }
        var match = FurnitureWord().Match(names);
        return match.Success ? match.Groups[2].Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// Whether the element's class or id names article body (content, entry, post, story…), or it is an
    /// article/main element. A compound name is read by its last word, as English compounds are:
    /// <c>entry-content</c> and <c>post-body</c> are body, but <c>entry-footer</c>, <c>entry-author</c> and
    /// <c>article-author-bio</c> are a footer and author boxes of the entry. An entry's header and teaser
    /// (<c>article-header</c>, <c>entry-teaser</c>) hold its headline and lead, so they stay body.
    /// </summary>
    public static bool HasBodyEvidence(IElement element)
    {
        if (element.LocalName is "article" or "main" || element.GetAttribute("itemprop") is "articleBody" or "text")
        {
            return true;
        }
        var names = Names(element);
        foreach (var token in names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var body = LastWordAt(BodyWord(), token);
            if (body >= 0 && body > LastWordAt(FurnitureWord(), token, skipLead: true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the last word of <paramref name="words"/> in a class token starts, or -1.</summary>
    private static int LastWordAt(Regex words, string token, bool skipLead = false)
    {
        var at = -1;
        for (var match = words.Match(token); match.Success; match = match.NextMatch())
        {
            var word = match.Groups[2];
            if (!(skipLead && (word.Value.Equals("header", StringComparison.OrdinalIgnoreCase) || word.Value.Equals("teaser", StringComparison.OrdinalIgnoreCase))))
            {
                at = word.Index;
            }
        }
        return at;
    }

    /// <summary>
    /// A weight added to a candidate's content score, as readability weighs one: +25 for body words in its
    /// class or id (content, entry, post, story), -25 for furniture words (sidebar, widget, share); both cancel
    /// out ("content-sidebar-wrap"); plus a little by tag.
    /// </summary>
    public static double Weight(IElement element, double nameWeight)
    {
        double weight = element.LocalName switch
        {
            "article" or "main" => 20,
            "div" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            "nav" or "aside" or "footer" => -25,
            _ => 0,
        };
        var names = Names(element);
        if (names.Length > 0)
        {
            if (BodyWord().IsMatch(names))
            {
                weight += nameWeight;
            }
            if (FurnitureWord().IsMatch(names))
            {
                weight -= nameWeight;
            }
        }
        if (element.GetAttribute("itemprop") == "articleBody")
        {
            weight += nameWeight;
        }
        return weight;
    }


    private static string Names(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        return (className, id) switch
        {
            (null or "", null or "") => "",
            (null or "", _) => id!,
            (_, null or "") => className!,
            _ => className + " " + id,
        };
    }
}
