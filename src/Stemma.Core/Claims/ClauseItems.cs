using Stemma.Text;

namespace Stemma.Claims;

/// <summary>What a <see cref="ClauseItem"/> is.</summary>
internal enum ClauseItemKind : byte
{
    Word,
    Comma,
    Colon,
    Quote,
    Stop,
}

/// <summary>One word of a sentence outside quotation marks, or a boundary: a comma, a colon, a quotation, other punctuation.</summary>
/// <param name="Kind">A word or which boundary.</param>
/// <param name="Term">Index of the word's term in the sentence (-1 for boundaries).</param>
/// <param name="Start">Start of the item in the clean text.</param>
/// <param name="End">End of the item in the clean text.</param>
/// <param name="Folded">A word's folded form without a possessive ending; the punctuation mark for boundaries.</param>
internal readonly record struct ClauseItem(ClauseItemKind Kind, int Term, int Start, int End, string Folded)
{
    public bool IsWord => Kind == ClauseItemKind.Word;
}

/// <summary>
/// A sentence as the attribution rules read it: its words outside quotation marks, each quotation folded
/// into one <see cref="ClauseItemKind.Quote"/> item, and the punctuation that bounds clauses.
/// </summary>
internal sealed class ClauseItems
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "sen", "rep", "gov" };

    private ClauseItems(string text, List<ClauseItem> items)
    {
        Text = text;
        Items = items;
    }

    public string Text { get; }

    public List<ClauseItem> Items { get; }

    public int Count => Items.Count;

    public ClauseItem this[int index] => Items[index];

    /// <summary>Reads a sentence; <paramref name="quoted"/> tells which characters of the clean text lie inside a quotation.</summary>
    public static ClauseItems Of(string text, Sentence sentence, QuotedText quoted)
    {
        var items = new List<ClauseItem>(sentence.Terms.Count);
        for (var t = 0; t < sentence.Terms.Count; t++)
        {
            var term = sentence.Terms[t];
            var token = term.Token;
            if (quoted.IsQuoted(token.Start) || IsQuoteMark(text[token.Start]))
            {
                var last = items.Count > 0 ? items[^1] : default;
                if (items.Count > 0 && last.Kind == ClauseItemKind.Quote)
                {
                    items[^1] = last with { End = token.End };
                }
                else
                {
                    items.Add(new ClauseItem(ClauseItemKind.Quote, -1, token.Start, token.End, ""));
                }
                continue;
            }
            if (token.Kind != TokenKind.Punctuation)
            {
                items.Add(new ClauseItem(ClauseItemKind.Word, t, token.Start, token.End, Bare(term.Folded)));
                continue;
            }
            var c = text[token.Start];
            var kind = c switch
            {
                ',' => ClauseItemKind.Comma,
                ':' => ClauseItemKind.Colon,
                _ => ClauseItemKind.Stop,
            };
            // "Mr. Gorbach", "U.S. ambassador": the full stop belongs to the name.
            if (c == '.' && items.Count > 0 && items[^1].IsWord && (Abbreviations.Contains(items[^1].Folded) || items[^1].Folded.Length == 1))
            {
                continue;
            }
            items.Add(new ClauseItem(kind, -1, token.Start, token.End, c.ToString()));
        }
        return new ClauseItems(text, items);
    }

    /// <summary>The index of the first item that ends after <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].End > position)
            {
                return i;
            }
        }
        return Items.Count - 1;
    }

    /// <summary>
    /// The text from item <paramref name="first"/> to item <paramref name="last"/>, as written; empty when the
    /// range holds no item (a rule that runs past its clause names no one rather than failing the article).
    /// </summary>
    public string Span(int first, int last) =>
        first < 0 || last >= Items.Count || first > last || Items[first].Start > Items[last].End ? "" : Text[Items[first].Start..Items[last].End];

    public bool IsCapitalised(int index) => Items[index].IsWord && char.IsUpper(Text[Items[index].Start]);

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '\'' or '`';

    /// <summary>"Russia's" and "Russia’s" read as "Russia" for the rules; the text keeps the possessive.</summary>
    public static string Bare(string folded) =>
        folded.EndsWith("'s", StringComparison.Ordinal) || folded.EndsWith("’s", StringComparison.Ordinal) ? folded[..^2] : folded;
}
