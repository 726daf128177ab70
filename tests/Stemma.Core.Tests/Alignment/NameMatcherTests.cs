namespace Stemma.Alignment;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("pashinyan", "pashinian")]
    [InlineData("pashinyan", "pachinian")]
    [InlineData("gyumri", "gumri")]
    [InlineData("shusha", "choucha")]
    [InlineData("shusha", "shushi")]
    [InlineData("aliyev", "aliev")]
    [InlineData("cavusoglu", "cavutoglu")]
    [InlineData("bayramov", "bairamov")]
    [InlineData("khrustavets", "chrustawez")]
    public void AreSameName_TransliterationsOfOneName_Match(string a, string b) => Assert.True(NameMatcher.AreSameName(a, b), $"{a} ~ {b}: {NameMatcher.Similarity(a, b):0.000}");

    [Theory]
    [InlineData("armenia", "azerbaijan")]
    [InlineData("putin", "pashinyan")]
    [InlineData("moscow", "yerevan")]
    [InlineData("geneva", "gyumri")]
    public void AreSameName_DifferentNames_DoNotMatch(string a, string b) => Assert.False(NameMatcher.AreSameName(a, b), $"{a} ~ {b}: {NameMatcher.Similarity(a, b):0.000}");

    [Fact]
    public void JaroWinkler_ClassicExample_MatchesThePublishedValue() =>
        Assert.Equal(0.961, NameMatcher.JaroWinkler("martha", "marhta"), 3);
}
