namespace Stemma.Text;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token of a clean text: its kind and span.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
