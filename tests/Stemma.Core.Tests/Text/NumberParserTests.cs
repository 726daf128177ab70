using Stemma.Text;

namespace Stemma.Text;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,250", 1250)]
    [InlineData("30,000", 30000)]
    [InlineData("1250", 1250)]
    [InlineData("3.5", 3.5)]
    [InlineData("27th", 27)]
    [InlineData("1990s", 1990)]
    [InlineData("1.2m", 1_200_000)]
    [InlineData("5bn", 5_000_000_000)]
    [InlineData("five", 5)]
    [InlineData("Twelve", 12)]
    public void TryParse_SingleToken_ReadsItsValue(string token, double expected)
    {
        Assert.True(NumberParser.TryParse(token, out var number));
        Assert.Equal(expected, number.Value);
        Assert.Null(number.Unit);
    }

    [Fact]
    public void TryParse_UnitGluedToFigure_SplitsValueAndUnit()
    {
        Assert.True(NumberParser.TryParse("5km", out var number));
        Assert.Equal(new ParsedNumber(5, "km"), number);
    }

    [Theory]
    [InlineData("twenty-five people", 25, 1)]
    [InlineData("a thousand dead", 1000, 2)]
    [InlineData("two hundred and fifty homes", 250, 4)]
    [InlineData("three million", 3_000_000, 2)]
    [InlineData("a dozen houses", 12, 2)]
    [InlineData("one hundred thousand", 100_000, 3)]
    public void TryParseWords_NumberInWords_ReadsValueAndWordsUsed(string phrase, double expected, int consumed)
    {
        Assert.True(NumberParser.TryParseWords(phrase.Split(' '), out var number, out var used));
        Assert.Equal(expected, number.Value);
        Assert.Equal(consumed, used);
    }

    [Theory]
    [InlineData("the dam")]
    [InlineData("thousand")]
    [InlineData("and five")]
    public void TryParseWords_NoNumberAtTheStart_Fails(string phrase)
    {
        Assert.False(NumberParser.TryParseWords(phrase.Split(' '), out _, out _));
    }
}
