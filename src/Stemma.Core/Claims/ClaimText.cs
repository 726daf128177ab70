using Stemma.Provenance;
using Stemma.Text;

namespace Stemma.Claims;

/// <summary>One article of a story as the claims stage reads it: its quotations, its sentences as clause items, offsets back to the file.</summary>
internal sealed class ClaimText
{
    private readonly ClauseItems?[] _items;
    private readonly ScalarOffsets _scalars;

    public ClaimText(int index, StoryMember member)
    {
        Index = index;
        Member = member;
        Article = new ClaimArticle(member.Id, member.Name, member.Source);
        Quoted = QuoteScanner.Scan(member.Article.Article);
        _items = new ClauseItems?[member.Article.Sentences.Count];
        _scalars = new ScalarOffsets(member.Article.Article.Document.Original);
    }

    /// <summary>The article's place in the story (earliest first).</summary>
    public int Index { get; }

    public StoryMember Member { get; }

    public ClaimArticle Article { get; }

    public QuotedText Quoted { get; }

    public string Text => Member.Article.Article.Text;

    public IReadOnlyList<Sentence> Sentences => Member.Article.Sentences;

    public ClauseItems Items(int sentence) => _items[sentence] ??= ClauseItems.Of(Text, Sentences[sentence], Quoted);

    /// <summary>The sentence holding clean-text position <paramref name="position"/> (the nearest before it, between sentences).</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    public ClaimSpan Span(int start, int end)
    {
        var (originalStart, originalLength) = Member.Article.Article.Map.ToOriginal(start, end - start);
        var (scalarStart, scalarLength) = _scalars.ToScalar(originalStart, originalLength);
        return new ClaimSpan(start, end - start, scalarStart, scalarLength);
    }
}
