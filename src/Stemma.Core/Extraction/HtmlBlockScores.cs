using AngleSharp.Dom;

namespace Stemma.Extraction;

/// <summary>Text measures of one element: all its text, its link text, and the text that is its own (not inside a nested block).</summary>
internal sealed class BlockStats
{
    /// <summary>Non-space characters in the element.</summary>
    public int Text;

    /// <summary>Non-space characters inside links.</summary>
    public int Links;

    /// <summary>Non-space characters not inside a nested block element (text between &lt;br&gt;s, in a bare div, in a list item).</summary>
    public int Own;

    public int OwnLinks;

    /// <summary>Commas (of any script) in the element's own text: a sign of sentences rather than labels.</summary>
    public int OwnCommas;

    /// <summary>The content score credited to the element by the text blocks inside it.</summary>
    public double Score;

    public double LinkDensity => Text == 0 ? 0 : (double)Links / Text;
}

/// <summary>
/// Scores every element as a candidate for the article's container, as readability does (Arc90; see also
/// trafilatura's fallback): each text block (an element's own text of at least 25 characters: a paragraph,
/// a list item, a cell, text between &lt;br&gt; tags in a bare div) earns 1 + its commas + one point per 100
/// characters (at most 3), scaled by how little of it is link text; the block credits itself and its parent
/// fully, its grandparent by half and the next two levels by a sixth and a ninth. A candidate's final score
/// adds the class/id and tag evidence (<see cref="HtmlFurniture.Weight"/>, in proportion to its text up to 1,000 characters) and is scaled by its own link
/// density. The best candidate is joined by its siblings that score well or hold a paragraph of prose,
/// in page order. Evidence moves a score; it never removes an element.
/// </summary>
internal static class HtmlBlockScores
{
    private const int MinBlockText = 25;

    private const int MaxDepth = 512;

    public static Dictionary<IElement, BlockStats> Measure(IElement body)
    {
        var stats = new Dictionary<IElement, BlockStats>();
        Measure(body, stats, insideLink: false, depth: 0);
        return stats;
    }

    private static BlockStats Measure(IElement element, Dictionary<IElement, BlockStats> stats, bool insideLink, int depth)
    {
        var own = new BlockStats();
        stats[element] = own;
        insideLink |= element.LocalName == "a";
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                var (chars, commas) = Count(text.Data);
                own.Text += chars;
                own.Own += chars;
                own.OwnCommas += commas;
                if (insideLink)
                {
                    own.Links += chars;
                    own.OwnLinks += chars;
                }
            }
            else if (child is IElement inner && depth < MaxDepth)
            {
                var childStats = Measure(inner, stats, insideLink, depth + 1);
                own.Text += childStats.Text;
                own.Links += childStats.Links;
                if (!HtmlArticle.IsBlock(inner.LocalName))
                {
                    // Inline elements (a, span, b, em) are part of the enclosing block's own text.
                    own.Own += childStats.Own;
                    own.OwnLinks += childStats.OwnLinks;
                    own.OwnCommas += childStats.OwnCommas;
                }
            }
        }
        return own;
    }

    private static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }
        return (chars, commas);
    }

    /// <summary>Credits every text block's score to itself and its ancestors; returns the candidates and their final scores.</summary>
    public static Dictionary<IElement, double> Score(IElement body, Dictionary<IElement, BlockStats> stats, CascadeWeights weights)
    {
        var candidates = new Dictionary<IElement, double>();
        foreach (var (element, block) in stats)
        {
            if (block.Own < MinBlockText || !HtmlArticle.IsBlock(element.LocalName))
            {
                continue;
            }
            var ownLinkDensity = (double)block.OwnLinks / block.Own;
            var score = (1 + block.OwnCommas + Math.Min(block.Own / 100.0, 3)) * (1 - ownLinkDensity);
            var level = 0;
            for (var node = element; node is not null && level < 5; node = node.ParentElement, level++)
            {
                var share = level switch { 0 or 1 => 1.0, 2 => 0.5, _ => 1.0 / (level * 3) };
                candidates[node] = candidates.GetValueOrDefault(node) + score * share;
                // A popup's or cookie banner's text says nothing about the page around it.
                if (node == body || (level > 0 && HtmlFurniture.IsOverlay(node)))
                {
                    break;
                }
            }
        }
        foreach (var element in candidates.Keys.ToList())
        {
            var raw = candidates[element] + HtmlFurniture.Weight(element, weights.NameWeight) * Math.Min(1, stats[element].Text / weights.NameWeightText);
            candidates[element] = raw * (1 - stats[element].LinkDensity);
            stats[element].Score = candidates[element];
        }
        return candidates;
    }

    /// <summary>
    /// The article's blocks in page order: the best candidate outside popups and banners, climbed to its
    /// parent while that parent adds little besides it (a heading, a date line), joined by siblings that score
    /// at least a fifth of it (<see cref="CascadeWeights.SiblingShare"/>) or hold a paragraph of prose and no
    /// more text than it (a sibling with more text but a low score is a menu or a teaser wall, not the rest of
    /// the article).
    /// </summary>
    public static List<IElement> Choose(IElement body, Dictionary<IElement, BlockStats> stats, Dictionary<IElement, double> candidates, CascadeWeights weights)
    {
        if (candidates.Count == 0)
        {
            return [body];
        }
        // The article is never in a popup, a cookie banner or a hidden box, however much text they hold.
        var best = candidates.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault(e => !HtmlFurniture.IsInsideOverlay(e, body))
            ?? candidates.MaxBy(pair => pair.Value).Key;
        var bestScore = candidates[best];
        best = CommonContainer(best, bestScore, body, candidates, weights);
        while (best != body && best.ParentElement is { } parent && stats.TryGetValue(parent, out var up)
            && (stats[best].Text >= 0.8 * up.Text || IsOnlyElementChild(best)))
        {
            best = parent;
        }
        if (best == body || best.ParentElement is not { } container)
        {
            return [best];
        }
        var threshold = Math.Max(10, weights.SiblingShare * bestScore);
        var chosen = new List<IElement>();
        foreach (var sibling in container.Children)
        {
            if (sibling == best)
            {
                chosen.Add(sibling);
                continue;
            }
            if (!stats.TryGetValue(sibling, out var s) || s.Text == 0 || HtmlFurniture.IsInsideOverlay(sibling, body))
            {
                continue;
            }
            var bonus = !string.IsNullOrEmpty(best.ClassName) && sibling.ClassName == best.ClassName ? 0.2 * bestScore : 0;
            var score = candidates.GetValueOrDefault(sibling) + bonus;
            if (score >= threshold && HtmlFurniture.FurnitureEvidence(sibling) is null)
            {
                chosen.Add(sibling);
            }
            else if (IsProse(s) && s.Text <= stats[best].Text && HtmlFurniture.FurnitureEvidence(sibling) is null)
            {
                chosen.Add(sibling);
            }
        }
        return chosen;
    }

    /// <summary>
    /// An article split into several blocks (a page builder's text modules, sections of one story) shows as
    /// several good candidates with one container: when at least two of the five best candidates outside the
    /// best (each scoring half of it or more) share an ancestor of the best, that ancestor is the article
    /// (readability's rule, with its share and count refitted on the whole web-extraction dev set).
    /// </summary>
    private static IElement CommonContainer(IElement best, double bestScore, IElement body, Dictionary<IElement, double> candidates, CascadeWeights weights)
    {
        var rivals = candidates.Where(c => c.Key != best && c.Value >= weights.RivalShare * bestScore && !best.Contains(c.Key) && !c.Key.Contains(best) && !HtmlFurniture.IsInsideOverlay(c.Key, body))
            .OrderByDescending(c => c.Value).Take(MaxRivals).Select(c => c.Key).ToList();
        if (rivals.Count < weights.MinRivals)
        {
            return best;
        }
        for (var node = best.ParentElement; node is not null && node != body; node = node.ParentElement)
        {
            if (rivals.Count(node.Contains) >= weights.MinRivals)
            {
                return node;
            }
        }
        return best;
    }

    private const int MaxRivals = 5;

    private static bool IsOnlyElementChild(IElement element) => element.ParentElement!.ChildElementCount == 1;

    /// <summary>A block of sentences: 80 characters or more and under a quarter links.</summary>
    private static bool IsProse(BlockStats stats) => stats.Text >= 80 && stats.LinkDensity < 0.25;
}
