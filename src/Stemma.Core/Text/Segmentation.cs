using Stemma.Extraction;

namespace Stemma.Text;

/// <summary>A token with the forms used for matching.</summary>
/// <param name="Token">The token's kind and span in the clean text.</param>
/// <param name="Folded">Case- and diacritic-folded form (<see cref="TextFolding"/>).</param>
/// <param name="Stem">Porter2 stem of the folded form (numbers and punctuation: the folded form).</param>
/// <param name="IsStop">Whether the word is a <see cref="StopWords">stop word</see>.</param>
public readonly record struct Term(Token Token, string Folded, string Stem, bool IsStop)
{
    /// <summary>A word or number that is not a stop word.</summary>
    public bool IsContent => Token.Kind != TokenKind.Punctuation && !IsStop;
}

/// <summary>A number mentioned in a sentence: its span in the clean text, value and unit ("5km": 5, "km").</summary>
public sealed record NumberMention(int Start, int Length, double Value, string? Unit);

/// <summary>One sentence: its span in the clean text and in the original file, its terms and numbers.</summary>
public sealed record Sentence(int Start, int Length, int OriginalStart, int OriginalLength, string Text, IReadOnlyList<Term> Terms, IReadOnlyList<NumberMention> Numbers)
{
    /// <summary>The stems of the sentence's content words, in order.</summary>
    public IEnumerable<string> ContentStems => Terms.Where(t => t.IsContent).Select(t => t.Stem);
}

/// <summary>An extracted article split into sentences and terms.</summary>
public sealed record SegmentedArticle(ExtractedArticle Article, IReadOnlyList<Sentence> Sentences);
