using Stemma.Text;

namespace Stemma.Text;

public sealed class Porter2StemmerTests
{
    [Theory]
    [InlineData("consultations", "consult")]
    [InlineData("generously", "generous")]
    [InlineData("escalation", "escal")]
    [InlineData("armenia's", "armenia")]
    [InlineData("dying", "die")]
    [InlineData("added", "add")]
    [InlineData("international", "internat")]
    [InlineData("geologists", "geolog")]
    [InlineData("news", "news")]
    [InlineData("by", "by")]
    public void Stem_Word_GivesTheSnowballStem(string word, string stem)
    {
        Assert.Equal(stem, Porter2Stemmer.Stem(word));
    }

    [Fact]
    public void Stem_SpanOverload_WritesTheSameStem()
    {
        Span<char> buffer = stackalloc char[32];

        var length = Porter2Stemmer.Stem("assistance", buffer);

        Assert.Equal("assist", buffer[..length].ToString());
    }
}
