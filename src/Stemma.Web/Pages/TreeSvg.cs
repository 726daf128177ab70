using System.Globalization;
using System.Text;
using Stemma.Provenance;
using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web.Pages;

/// <summary>
/// A story's family tree as an SVG graph: articles as boxes by role, a dashed box for each origin missing from
/// the corpus, sources above what derives from them; each edge labelled with its verdict and coverage, its
/// reasons shown on hover, and a link to the pair's side-by-side view.
/// </summary>
internal static class TreeSvg
{
    private const int BoxWidth = 190;
    private const int BoxHeight = 46;
    private const int ColumnWidth = 280;
    private const int RowHeight = 130;
    private const int Margin = 20;

    public static string Draw(StoryReport report, ILinks links)
    {
        var members = report.Members;
        var order = members.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var missing = MissingOrigins(report.Edges);
        var depth = Depths(report, missing);
        var levels = depth.GroupBy(d => d.Value).OrderBy(g => g.Key)
            .Select(g => g.Select(d => d.Key).OrderBy(id => id < 0 ? -1 : order[id]).ToList()).ToList();
        // Half a column spare on each side: edges that skip a row bend out that far.
        var width = (Math.Max(1, levels.Max(l => l.Count)) + 1) * ColumnWidth + 2 * Margin;
        var height = levels.Count * RowHeight + 2 * Margin - (RowHeight - BoxHeight) + 24;
        var position = new Dictionary<long, (double X, double Y)>();
        for (var level = 0; level < levels.Count; level++)
        {
            var row = levels[level];
            var start = (width - row.Count * ColumnWidth) / 2.0 + (ColumnWidth - BoxWidth) / 2.0;
            for (var i = 0; i < row.Count; i++)
            {
                position[row[i]] = (start + i * ColumnWidth, Margin + level * RowHeight);
            }
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"tree\" role=\"img\" aria-label=\"family tree of story {report.Story.Id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        foreach (var (origin, copies) in missing)
        {
            var (ox, oy) = position[origin];
            foreach (var copy in copies)
            {
                var (cx, cy) = position[copy];
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"edge-missing\" x1=\"{ox + BoxWidth / 2.0:0.#}\" y1=\"{oy + BoxHeight:0.#}\" x2=\"{cx + BoxWidth / 2.0:0.#}\" y2=\"{cy:0.#}\" marker-end=\"url(#arrow)\"/>");
            }
        }
        var byId = members.ToDictionary(m => m.Id);
        foreach (var edge in report.Edges)
        {
            Edge(svg, edge, position, byId, links);
        }
        foreach (var (origin, copies) in missing)
        {
            var (x, y) = position[origin];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"node role-missing-origin\" data-article=\"missing\"><title>An origin that is not in the corpus: {Html.Text(string.Join(" and ", copies.Select(c => byId[c].Name)))} are copies of one text.</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2.0:0.#}\" y=\"{y + 20:0.#}\">missing origin</text><text class=\"sub\" x=\"{x + BoxWidth / 2.0:0.#}\" y=\"{y + 36:0.#}\">not in the corpus</text></g>");
        }
        foreach (var member in members)
        {
            Node(svg, member, FamilyTree.RoleOf(report.Edges, member.Id), position[member.Id], links);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Node(StringBuilder svg, StoredArticle member, TreeRole role, (double X, double Y) at, ILinks links)
    {
        var roleName = StoryJson.Role(role);
        var href = links.Article(member.Id);
        svg.Append(href is null ? "<g" : $"<a href=\"{Html.Text(href)}\"");
        svg.Append(CultureInfo.InvariantCulture, $" class=\"node role-{roleName}\" data-article=\"{member.Id}\">");
        svg.Append("<title>").Append(Html.Text($"{member.Title ?? member.Name}\n{member.Source ?? "source unknown"} · {Html.Time(member.Published)} · {roleName.Replace('-', ' ')}")).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{at.X:0.#}\" y=\"{at.Y:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at.X + BoxWidth / 2.0:0.#}\" y=\"{at.Y + 20:0.#}\">{Html.Text(Short(member.Name, 24))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sub\" x=\"{at.X + BoxWidth / 2.0:0.#}\" y=\"{at.Y + 36:0.#}\">{Html.Text(Short($"{roleName.Replace('-', ' ')} · {member.Source ?? Html.Time(member.Published)}", 30))}</text>");
        svg.Append(href is null ? "</g>" : "</a>");
    }

    private static void Edge(StringBuilder svg, EdgeRecord edge, Dictionary<long, (double X, double Y)> position, Dictionary<long, StoredArticle> byId, ILinks links)
    {
        var (sx, sy) = position[edge.SourceId];
        var (tx, ty) = position[edge.TargetId];
        var siblings = edge.Kind == EdgeKind.Siblings;
        double x1, y1, x2, y2;
        if (Math.Abs(sy - ty) < 1)
        {
            // Same row (copies of one missing origin): a straight line between the boxes' sides.
            var leftToRight = sx < tx;
            (x1, y1) = (leftToRight ? sx + BoxWidth : sx, sy + BoxHeight / 2.0);
            (x2, y2) = (leftToRight ? tx : tx + BoxWidth, ty + BoxHeight / 2.0);
        }
        else
        {
            (x1, y1) = (sx + BoxWidth / 2.0, sy + BoxHeight);
            (x2, y2) = (tx + BoxWidth / 2.0, ty);
        }
        var label = siblings ? $"copies · {Html.Percent(edge.Coverage)}" : $"{Verdicts.Name(edge.Verdict)} · {Html.Percent(edge.Coverage)}";
        var source = byId[edge.SourceId].Name;
        var target = byId[edge.TargetId].Name;
        var title = siblings
            ? $"{source} and {target}: copies of one origin missing from the corpus"
            : $"{target} derives from {source}: {Verdicts.Name(edge.Verdict)}, {Html.Percent(edge.Coverage)} of it";
        // An edge that skips a row bends sideways, so it passes between the boxes of the rows it crosses.
        var skipsRows = ty - sy > RowHeight * 1.5;
        var bend = skipsRows ? (tx >= sx ? 1 : -1) * ColumnWidth * 0.6 : 0;
        var (c1x, c1y, c2x, c2y) = skipsRows ? (x1 + bend, y1 + (y2 - y1) / 3, x2 + bend, y2 - (y2 - y1) / 3) : (x1, y1, x2, y2);
        var path = string.Create(CultureInfo.InvariantCulture, $"M{x1:0.#},{y1:0.#} C{c1x:0.#},{c1y:0.#} {c2x:0.#},{c2y:0.#} {x2:0.#},{y2:0.#}");
        svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.Text(links.Pair(edge.SourceId, edge.TargetId))}\" class=\"edge {(siblings ? "edge-siblings" : "edge-derived")}\" id=\"edge-{edge.SourceId}-{edge.TargetId}\" data-source=\"{edge.SourceId}\" data-target=\"{edge.TargetId}\">");
        svg.Append("<title>").Append(Html.Text(string.Join("\n· ", [title, .. edge.Reasons]))).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"hit\" d=\"{path}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\"{(siblings ? "" : " marker-end=\"url(#arrow)\"")}/>");
        var (mx, my) = ((x1 + 3 * c1x + 3 * c2x + x2) / 8, (y1 + 3 * c1y + 3 * c2y + y2) / 8);
        if (siblings)
        {
            my = Math.Min(y1, y2) - BoxHeight / 2.0 - 6;
        }
        // A bent edge's label starts at the bend and runs outwards, clear of the boxes it passes.
        var outwards = bend > 0 ? " class=\"out-right\"" : bend < 0 ? " class=\"out-left\"" : "";
        mx += Math.Sign(bend) * 4;
        svg.Append(CultureInfo.InvariantCulture, $"<text{outwards} x=\"{mx:0.#}\" y=\"{my:0.#}\">{Html.Text(label)}</text></a>");
    }

    /// <summary>One missing origin (negative id) for each group of articles joined by sibling edges.</summary>
    private static List<(long Origin, List<long> Copies)> MissingOrigins(IReadOnlyList<EdgeRecord> edges) =>
        [.. FamilyTree.SiblingGroups(edges).Select((g, i) => (-(long)(i + 1), g.Order().ToList()))];

    /// <summary>Each article's row: a missing origin and what derives from nothing on top, every article below all it derives from.</summary>
    private static Dictionary<long, int> Depths(StoryReport report, List<(long Origin, List<long> Copies)> missing)
    {
        var depth = report.Members.ToDictionary(m => m.Id, _ => 0);
        foreach (var (origin, copies) in missing)
        {
            depth[origin] = 0;
            copies.ForEach(c => depth[c] = 1);
        }
        var derived = report.Edges.Where(e => e.Kind == EdgeKind.Derived).ToList();
        for (var round = 0; round < report.Members.Count; round++)
        {
            var changed = false;
            foreach (var edge in derived)
            {
                if (depth[edge.TargetId] <= depth[edge.SourceId])
                {
                    depth[edge.TargetId] = depth[edge.SourceId] + 1;
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
        }
        return depth;
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
