namespace Stemma.Commands;

public sealed class LexiconCommandTests : IDisposable
{
    private const string Wire =
        "The court heard that the accused had driven through the village at night.\n\n" +
        "Police officers heard the crash from the station across the road.\n";

    private const string Copy =
        "The court considered that the accused had driven through the village at night.\n\n" +
        "Police officers considered the crash from the station across the road.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Learn_writes_the_word_pairs_its_batch_aligns_and_compare_reads_them_back()
    {
        _folder.Write("wire.txt", Wire);
        _folder.Write("copy.txt", Copy);
        var batch = _folder.Write("pairs.tsv", "copy.txt\twire.txt\n");
        var lexicon = Path.Combine(_folder.Path, "learned.tsv");

        var learn = CliRun.Of("lexicon", "learn", "--batch", batch, "--out", lexicon);

        Assert.Equal(0, learn.ExitCode);
        Assert.Contains("1 word pairs learned from 2 aligned sentence pairs in 1 comparisons", learn.Error);
        Assert.Contains("consid\theard\t0.5\t2", File.ReadAllText(lexicon));
        var compare = CliRun.Of("compare", Path.Combine(_folder.Path, "copy.txt"), Path.Combine(_folder.Path, "wire.txt"), "--lexicon", lexicon);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("verdict: wholly derived", compare.Out);
    }

    [Fact]
    public void Learn_without_a_readable_pair_says_there_is_nothing_to_learn_from()
    {
        var batch = _folder.Write("pairs.tsv", "missing.txt\talso-missing.txt\n");

        var run = CliRun.Of("lexicon", "learn", "--batch", batch);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing to learn from (1 of 1 lines failed)", run.Error);
    }

    [Fact]
    public void Compare_refuses_a_malformed_lexicon_and_names_the_line()
    {
        var lexicon = _folder.Write("bad.tsv", "# comment\nbegin\tstart\tstrong\n");
        var wire = _folder.Write("wire.txt", Wire);

        var run = CliRun.Of("compare", wire, wire, "--lexicon", lexicon);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.tsv:2: expected 'stem TAB stem TAB strength (0..1]'", run.Error);
        Assert.Empty(run.Out);
    }
}
