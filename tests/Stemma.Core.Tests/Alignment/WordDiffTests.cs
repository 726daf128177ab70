namespace Stemma.Alignment;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_OneWordChangedInsideAQuote_MarksOnlyThatWord()
    {
        var diff = WordDiff.Compare("would mark a significant escalation", "would make a significant escalation");

        Assert.Equal([new DiffWord(DiffOp.Removed, "mark")], diff.Where(d => d.Op == DiffOp.Removed));
        Assert.Equal([new DiffWord(DiffOp.Added, "make")], diff.Where(d => d.Op == DiffOp.Added));
        Assert.Equal(4, diff.Count(d => d.Op == DiffOp.Same));
    }

    [Fact]
    public void Compare_CaseAndPunctuationOnly_AreTheSameWords() =>
        Assert.All(WordDiff.Compare("Russia will help, it said.", "russia will help it said"), d => Assert.Equal(DiffOp.Same, d.Op));
}
