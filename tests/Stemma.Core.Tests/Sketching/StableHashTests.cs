namespace Stemma.Sketching;

public sealed class StableHashTests
{
    // Pinned from an independent implementation of FNV-1a over UTF-16 + SplitMix64 (a few lines of Python):
    // persisted sketches depend on these values, so changing them must be deliberate.
    [Theory]
    [InlineData("armenia", 0x9071ce03e35531b5UL)]
    [InlineData("Pashinyan", 0xa732024fc9dd6cb1UL)]
    [InlineData("", 0xf52a15e9a9b5e89bUL)]
    // Latin-1, wider characters and a mix: the one-byte fast path must give what the byte-by-byte hash gives.
    [InlineData("Baïramov", 0xc67276f62b23b6ecUL)]
    [InlineData("Łódź – Kraków", 0x9bf8bdd0bd26f758UL)]
    [InlineData("Нагорный Карабах", 0x83337666a0757824UL)]
    public void Of_KnownText_GivesThePinnedValue(string text, ulong expected) =>
        Assert.Equal(expected, StableHash.Of(text));

    [Fact]
    public void Of_TextsDifferingInOneCharacter_DifferInAboutHalfTheBits()
    {
        var bits = System.Numerics.BitOperations.PopCount(StableHash.Of("gyumri") ^ StableHash.Of("gumri"));
        Assert.InRange(bits, 16, 48);
    }

    [Fact]
    public void Combine_IsOrderSensitive()
    {
        var x = StableHash.Of("will");
        var y = StableHash.Of("render");
        Assert.NotEqual(StableHash.Combine(x, y), StableHash.Combine(y, x));
    }
}
