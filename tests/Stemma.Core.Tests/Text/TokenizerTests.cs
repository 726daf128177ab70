using Stemma.Text;

namespace Stemma.Text;

public sealed class TokenizerTests
{
    private static List<(string, TokenKind)> Tokens(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => (t.In(text).ToString(), t.Kind))];

    [Fact]
    public void Tokenize_WordsWithApostrophesAndHyphens_StayWhole()
    {
        Assert.Equal(
            [("Armenia’s", TokenKind.Word), ("de-escalate", TokenKind.Word), ("Nagorno-Karabakh", TokenKind.Word), ("talks", TokenKind.Word), (".", TokenKind.Punctuation)],
            Tokens("Armenia’s de-escalate Nagorno-Karabakh talks."));
    }

    [Fact]
    public void Tokenize_NumbersWithSeparatorsAndSuffixes_StayWhole()
    {
        Assert.Equal(
            [("1,250", TokenKind.Number), ("dead", TokenKind.Word), (",", TokenKind.Punctuation), ("3.5", TokenKind.Number), ("27th", TokenKind.Number), ("1990s", TokenKind.Number), (".", TokenKind.Punctuation)],
            Tokens("1,250 dead, 3.5 27th 1990s."));
    }

    [Fact]
    public void Tokenize_UnitGluedToNumber_IsItsOwnWord()
    {
        Assert.Equal([("5", TokenKind.Number), ("km", TokenKind.Word)], Tokens("5km"));
    }

    [Fact]
    public void Tokenize_CommaAfterNumber_IsPunctuation()
    {
        Assert.Equal([("30", TokenKind.Number), (",", TokenKind.Punctuation), ("then", TokenKind.Word)], Tokens("30, then"));
    }
}
