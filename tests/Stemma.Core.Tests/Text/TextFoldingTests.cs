using Stemma.Text;

namespace Stemma.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Baïramov", "bairamov")]
    [InlineData("Çavuşoğlu", "cavusoglu")]
    [InlineData("ARMENIA", "armenia")]
    [InlineData("Armenia’s", "armenia's")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("ﬁnal", "final")]
    [InlineData("Ｇｙｕｍｒｉ", "gyumri")]
    public void Fold_Word_GivesItsMatchingForm(string word, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(word));
    }
}
