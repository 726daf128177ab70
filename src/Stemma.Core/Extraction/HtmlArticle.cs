using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Stemma.Extraction;

/// <summary>What the HTML head says about the article.</summary>
internal sealed record HtmlMetadata(string? Title, string? Url, string? Source, string? Published);

/// <summary>
/// Finds an HTML page's main text, block by block. The cascade:
/// 1. parse, keeping element source positions;
/// 2. read the title, canonical URL, site name and publication time from the head;
/// 3. drop furniture: scripts, styles, forms, nav, aside, footer, page headers, and elements whose class
///    or id names a share, related, comment, sidebar, newsletter or advert widget;
/// 4. choose the main block: the element whose paragraphs hold the most text (each paragraph credits its
///    parent fully and its grandparent by half), preferring an <c>article</c> or <c>main</c> element that holds most of it;
/// 5. emit one line per block element (paragraph, heading, list item, quote, cell), whitespace collapsed,
///    and drop blocks that are mostly link text (menus, tag clouds).
/// </summary>
internal static partial class HtmlArticle
{
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "nav", "aside", "footer", "form",
        "button", "select", "input", "textarea", "label", "object", "embed", "video", "audio", "map", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption",
        "caption", "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "tr", "tbody",
        "thead", "figure", "address", "hr", "body",
    };

    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social|related|comments?|respond|sidebar|widget|newsletter|subscribe|advert|ads|ad|promo|cookie|breadcrumbs?|menu|navbar|nav|footer|masthead|popup|modal|tags|tag-?list|author-?bio|byline|jp-relatedposts|sharedaddy|outbrain|taboola)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();

    public static (List<SourceLine> Lines, HtmlMetadata Metadata) Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(HtmlDepthGuard.Flatten(html, out _)); // bounded nesting: see HtmlDepthGuard
        var metadata = ReadMetadata(document);
        var body = document.Body;
        if (body is null)
        {
            return ([], metadata);
        }
        RemoveFurniture(body);
        var root = ChooseMainBlock(body);
        var walker = new BlockWalker(html);
        walker.Walk(root);
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

    private static void RemoveFurniture(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            if (IsFurniture(element))
            {
                doomed.Add(element);
            }
        }
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        var name = element.LocalName;
        if (Furniture.Contains(name))
        {
            return true;
        }
        if (name == "header")
        {
            return element.Closest("article, main") is null;
        }
        if (name is "article" or "main" or "p" or "h1" or "h2")
        {
            return false;
        }
        if (element.GetAttribute("aria-hidden") == "true" || element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo")
        {
            return true;
        }
        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && FurnitureName().IsMatch(names);
    }

    private static IElement ChooseMainBlock(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote"))
        {
            var length = paragraph.TextContent.AsSpan().Trim().Length;
            if (length < 25)
            {
                continue;
            }
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + length / 2.0;
                }
            }
        }
        if (scores.Count == 0)
        {
            return body;
        }
        var best = scores.MaxBy(pair => pair.Value).Key;
        var container = best.Closest("article, main, [itemprop='articleBody']");
        if (container is not null)
        {
            return container;
        }
        // Headings just before the winning block belong to the article: climb while the parent adds little else.
        return best.ParentElement is { } up && up != body && TextLength(up) < 1.25 * TextLength(best) ? up : best;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;

    /// <summary>Walks the chosen block, emitting one <see cref="SourceLine"/> per block element.</summary>
    private sealed class BlockWalker(string html)
    {
        private readonly HtmlSourceAligner _aligner = new(html);
        private readonly StringBuilder _text = new();
        private readonly List<int> _offsets = [];
        private readonly List<int> _ends = [];
        private int _linkChars;
        private int _lineNumber = 1;
        private string _blockName = "body";

        public List<SourceLine> Lines { get; } = [];

        public void Walk(IElement root)
        {
            Visit(root, insideLink: false);
            Flush();
        }

        private void Visit(INode node, bool insideLink)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        AppendText(text.Data, insideLink);
                        break;
                    case IElement element:
                        VisitElement(element, insideLink);
                        break;
                }
            }
        }

        private void VisitElement(IElement element, bool insideLink)
        {
            if (element.SourceReference is { } source)
            {
                _aligner.MoveTo(source.Position.Position - 1);
            }
            var name = element.LocalName;
            if (name == "br")
            {
                Flush();
                return;
            }
            var isBlock = Blocks.Contains(name);
            if (isBlock)
            {
                Flush();
                _blockName = name;
                _lineNumber = element.SourceReference?.Position.Line ?? _lineNumber;
            }
            Visit(element, insideLink || name == "a");
            if (isBlock)
            {
                Flush();
            }
        }

        private void AppendText(string data, bool insideLink)
        {
            if (data.Length == 0)
            {
                return;
            }
            var offsets = data.Length <= 256 ? stackalloc int[data.Length] : new int[data.Length];
            var ends = data.Length <= 256 ? stackalloc int[data.Length] : new int[data.Length];
            _aligner.Align(data, offsets, ends);
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                if (char.IsWhiteSpace(c))
                {
                    if (_text.Length == 0 || _text[^1] == ' ')
                    {
                        continue;
                    }
                    c = ' ';
                }
                _text.Append(c);
                _offsets.Add(offsets[i]);
                _ends.Add(ends[i]);
                if (insideLink)
                {
                    _linkChars++;
                }
            }
        }

        private void Flush()
        {
            if (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
                _offsets.RemoveAt(_offsets.Count - 1);
                _ends.RemoveAt(_ends.Count - 1);
            }
            if (_text.Length > 0)
            {
                var line = new SourceLine(_text.ToString(), [.. _offsets], _lineNumber, startsBlock: true, [.. _ends]);
                if (IsLinkList(line.Text.Length))
                {
                    line.RemovalReason = "link list";
                }
                Lines.Add(line);
            }
            _text.Clear();
            _offsets.Clear();
            _ends.Clear();
            _linkChars = 0;
        }

        /// <summary>A block whose text is mostly links: a menu item, a "related" entry, a tag.</summary>
        private bool IsLinkList(int length) =>
            _linkChars > 0.5 * length && (_blockName is "li" or "dd" or "dt" or "td" || length < 120);
    }
}
