namespace Stemma.Alignment;

public sealed class ParaphraseLexiconTests
{
    [Fact]
    public void BuiltIn_KnowsRenderAndProvide_InBothDirections()
    {
        var render = Text.Porter2Stemmer.Stem("render");
        var provide = Text.Porter2Stemmer.Stem("provide");
        Assert.True(ParaphraseLexicon.BuiltIn.Strength(render, provide) > 0);
        Assert.Equal(ParaphraseLexicon.BuiltIn.Strength(render, provide), ParaphraseLexicon.BuiltIn.Strength(provide, render));
    }

    [Fact]
    public void SaveThenLoad_KeepsEveryPairAndItsEvidence()
    {
        var lexicon = new ParaphraseLexicon();
        lexicon.Add("calcul", "measur", 0.8, evidence: 5);
        lexicon.Add("quak", "tremor", 0.6, evidence: 2);
        using var writer = new StringWriter();
        lexicon.Save(writer);

        var loaded = ParaphraseLexicon.Load(new StringReader(writer.ToString()), "lexicon.tsv");

        Assert.Equal(lexicon.Pairs, loaded.Pairs);
    }

    [Fact]
    public void Load_MalformedLine_NamesTheFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => ParaphraseLexicon.Load(new StringReader("# header\ncalcul\tmeasur\t0.8\nbroken line\n"), "lexicon.tsv"));
        Assert.StartsWith("lexicon.tsv:3:", error.Message);
    }
}
