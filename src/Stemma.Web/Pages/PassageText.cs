using System.Globalization;
using System.Text;
using Stemma.Alignment;

namespace Stemma.Web.Pages;

/// <summary>One passage to mark in an article: its span in the original, its number (its colour), its kind, and the other side's words to diff against.</summary>
internal sealed record Highlight(int Start, int Length, int Number, string Kind, string? OtherText, bool IsSource, string? Title = null);

/// <summary>
/// An article's text with passages marked: each passage in its own colour (the same number on both sides of a
/// pair), verbatim passages filled and rewritten ones outlined, and inside a passage the words the other side
/// does not have marked as changed. Everything else is escaped text, line breaks kept.
/// </summary>
internal static class PassageText
{
    /// <summary>Passages longer than this many words are marked without a word diff (it grows with the square of the length).</summary>
    private const int DiffWords = 1500;

    public static string Render(string original, int bodyStart, IEnumerable<Highlight> highlights, string side)
    {
        var html = new StringBuilder("<div class=\"text\">");
        var at = Math.Clamp(bodyStart, 0, original.Length);
        foreach (var passage in highlights.OrderBy(h => h.Start).ThenBy(h => h.Number))
        {
            var start = Math.Max(passage.Start, at);
            var end = Math.Min(original.Length, passage.Start + passage.Length);
            if (end <= start)
            {
                continue;
            }
            html.Append(Html.Text(original[at..start]));
            var text = original[start..end];
            html.Append(CultureInfo.InvariantCulture, $"<mark class=\"passage c{passage.Number % 8} kind-{passage.Kind}\" data-passage=\"{passage.Number}\" id=\"{side}-p{passage.Number}\"");
            html.Append(passage.Title is null ? ">" : $" title=\"{Html.Text(passage.Title)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{passage.Number + 1}</span>");
            html.Append(Words(text, passage)).Append("</mark>");
            at = end;
        }
        html.Append(Html.Text(original[at..])).Append("</div>");
        return html.ToString();
    }

    /// <summary>A passage's words, those the other side lacks marked as changed.</summary>
    private static string Words(string text, Highlight passage)
    {
        if (passage.OtherText is null || Count(text) > DiffWords || Count(passage.OtherText) > DiffWords)
        {
            return Html.Text(text);
        }
        var diff = passage.IsSource ? WordDiff.Compare(text, passage.OtherText) : WordDiff.Compare(passage.OtherText, text);
        var own = passage.IsSource ? DiffOp.Removed : DiffOp.Added;
        return string.Join(' ', diff.Where(w => w.Op == DiffOp.Same || w.Op == own)
            .Select(w => w.Op == own ? $"<span class=\"changed\">{Html.Text(w.Text)}</span>" : Html.Text(w.Text)));
    }

    private static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A span of the original, clipped to it (stored offsets come from an older reading of the same text).</summary>
    public static string Slice(string original, int start, int length)
    {
        var from = Math.Clamp(start, 0, original.Length);
        return original[from..Math.Clamp(start + length, from, original.Length)];
    }
}
