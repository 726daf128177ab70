using System.Text;
using AngleSharp.Dom;

namespace Stemma.Extraction;

/// <summary>
/// Walks the chosen blocks, emitting one <see cref="SourceLine"/> per block element (and per &lt;br&gt;-separated
/// run), each character aligned to the HTML source. Furniture inside a chosen block is emitted as removed
/// lines with the evidence that condemned it, so every removal is reported.
/// </summary>
internal sealed class BlockWalker(string html, Dictionary<IElement, BlockStats> stats, CascadeWeights weights)
{
    /// <summary>Text above this many characters with few links is prose whatever its element is called.</summary>
    private const int ProseText = 1000;

    private readonly HtmlSourceAligner _aligner = new(html);
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private readonly List<int> _ends = [];
    private int _linkChars;
    private int _lineNumber = 1;
    private string _blockName = "body";
    private string? _furniture;
    private int _rootText;

    public List<SourceLine> Lines { get; } = [];

    public void Walk(IElement root)
    {
        _rootText = stats.TryGetValue(root, out var s) ? s.Text : 0;
        _furniture = null;
        VisitElement(root, insideLink: false, isRoot: true);
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
                    VisitElement(element, insideLink, isRoot: false);
                    break;
            }
        }
    }

    private void VisitElement(IElement element, bool insideLink, bool isRoot)
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
        var isBlock = HtmlArticle.IsBlock(name);
        var outer = _furniture;
        if (_furniture is null && !isRoot && FurnitureReason(element) is { } reason)
        {
            Flush();
            _furniture = reason;
        }
        if (isBlock)
        {
            Flush();
            _blockName = name;
            _lineNumber = element.SourceReference?.Position.Line ?? _lineNumber;
        }
        Visit(element, insideLink || name == "a");
        if (isBlock || _furniture != outer)
        {
            Flush();
        }
        _furniture = outer;
    }

    /// <summary>Why an element inside the chosen block is furniture, or null: evidence plus a minor share of the text.</summary>
    private string? FurnitureReason(IElement element)
    {
        if (element.LocalName is "figcaption")
        {
            return "caption";
        }
        if (HtmlFurniture.FurnitureEvidence(element) is not { } evidence || HtmlFurniture.HasBodyEvidence(element))
        {
            return null;
        }
        if (!stats.TryGetValue(element, out var s))
        {
            return null;
        }
        // A furniture name on a long stretch of prose (an "ads" wrapper, a live ticker's "comment" blocks) is outweighed by the prose.
        var looksLikeFurniture = s.Text < ProseText || s.LinkDensity >= 0.2;
        return s.Text < weights.MinorShare * _rootText && looksLikeFurniture ? $"page furniture ({evidence})" : null;
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
            if (_furniture is not null)
            {
                line.RemovalReason = _furniture;
            }
            else if (IsLinkList(line.Text.Length))
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
        _linkChars > 0.5 * length && (_blockName is "li" or "dd" or "dt" or "td" || length < 120 || _linkChars >= 0.9 * length);
}
