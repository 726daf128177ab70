namespace Stemma.Extraction;

/// <summary>
/// The numbers of the HTML extraction cascade that were set by measuring on the web-extraction dev set (the
/// rest are readability's). Gathered here so that <c>stemma eval extraction --cross-validate</c> can choose
/// them again on part of the set and score the rest: the held-out figure is the honest one.
/// </summary>
internal sealed record CascadeWeights
{
    public static CascadeWeights Default { get; } = new();

    /// <summary>Class/id words add or take this much from a candidate's score (readability's 25).</summary>
    public double NameWeight { get; init; } = 25;

    /// <summary>Class/id evidence counts fully on an element with this many characters, in proportion below.</summary>
    public double NameWeightText { get; init; } = 1000;

    /// <summary>A rival block scoring this share of the best one is evidence of an article in several blocks.</summary>
    public double RivalShare { get; init; } = 0.5;

    /// <summary>How many rivals sharing an ancestor of the best block make that ancestor the article.</summary>
    public int MinRivals { get; init; } = 2;

    /// <summary>A sibling of the best block joins it when it scores this share of it.</summary>
    public double SiblingShare { get; init; } = 0.2;

    /// <summary>Furniture inside the chosen block is removed only when it holds less than this share of the block's text.</summary>
    public double MinorShare { get; init; } = 0.5;

    /// <summary>An end marker, or a reader prompt, counts only after this share of the page's text.</summary>
    public double EndShare { get; init; } = 2.0 / 3;

    /// <summary>Lines shorter than this after the last paragraph are scraps (an author's name, a category, a date).</summary>
    public int ScrapChars { get; init; } = 45;

    /// <summary>A line this long or longer is a paragraph, for the scrap rule.</summary>
    public int ParagraphChars { get; init; } = 100;

    /// <summary>A reader prompt or disclaimer is at most this long.</summary>
    public int PromptChars { get; init; } = 300;
}
