namespace Stemma.Judgement;

public sealed class LengthZonesTests
{
    private static readonly LengthZones Zones = new();

    [Theory]
    [InlineData(20, 22)]
    [InlineData(40, 300)]
    [InlineData(300, 400)]
    [InlineData(1200, 5000)]
    [InlineData(4000, 9000)]
    public void Weights_AnyLengths_SumToOne(int words, int sourceWords)
    {
        var (sentence, article, document) = Zones.Weights(words, sourceWords);

        Assert.Equal(1, sentence + article + document, 9);
        Assert.All(new[] { sentence, article, document }, w => Assert.InRange(w, 0, 1));
    }

    [Fact]
    public void Weights_TwoSentences_TakeTheSentenceRuleAlone() =>
        Assert.Equal((1.0, 0.0, 0.0), Zones.Weights(20, 25));

    [Fact]
    public void Weights_ShortArticleFromALongWireStory_StaysAnArticle() =>
        Assert.Equal((0.0, 1.0, 0.0), Zones.Weights(25, 400));

    [Fact]
    public void Weights_LongDocument_TakesTheDocumentRuleAlone() =>
        Assert.Equal((0.0, 0.0, 1.0), Zones.Weights(3000, 200));

    [Fact]
    public void Weights_BetweenArticleAndDocument_ShiftSmoothlyWithLength()
    {
        var shorter = Zones.Weights(1000, 1000).Document;
        var longer = Zones.Weights(1400, 1000).Document;

        Assert.InRange(shorter, 0.01, 0.99);
        Assert.True(longer > shorter, $"document weight {shorter:0.000} at 1,000 words, {longer:0.000} at 1,400");
    }
}
