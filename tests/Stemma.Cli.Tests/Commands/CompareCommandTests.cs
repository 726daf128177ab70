using System.Text.Json;

namespace Stemma.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private const string Wire =
        "Title: Quake\n\nA magnitude 6.4 earthquake struck northern Varnia early on Tuesday, killing at least 212 people in the town of Khrustavets.\n\n" +
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Compare_Json_FollowsTheContractAndOffsetsSliceBothFiles()
    {
        var copy = "🌍 Breaking news from Várnia.\n\n" + Wire.Replace("Title: Quake\n\n", "", StringComparison.Ordinal);
        var target = _folder.Write("copy.txt", copy);
        var source = _folder.Write("wire.txt", Wire);

        var run = CliRun.Of("compare", target, source, "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out.Trim()).RootElement;
        Assert.Equal(target, json.GetProperty("target").GetString());
        Assert.Equal(source, json.GetProperty("sources")[0].GetString());
        Assert.Equal("wholly", json.GetProperty("verdict").GetString());
        Assert.InRange(json.GetProperty("coverage").GetDouble(), 0.8, 1.0);
        var passage = json.GetProperty("passages")[0];
        Assert.Equal(source, passage.GetProperty("source").GetString());
        Assert.Equal("verbatim", passage.GetProperty("kind").GetString());
        Assert.InRange(passage.GetProperty("similarity").GetDouble(), 0.0, 1.0);
        var targetText = Slice(copy, passage.GetProperty("targetOffset").GetInt32(), passage.GetProperty("targetLength").GetInt32());
        var sourceText = Slice(Wire, passage.GetProperty("sourceOffset").GetInt32(), passage.GetProperty("sourceLength").GetInt32());
        Assert.StartsWith("A magnitude 6.4", targetText);
        Assert.StartsWith("A magnitude 6.4", sourceText);
    }

    [Fact]
    public void Compare_Batch_AnswersEveryLineInOrderWithErrorsForBadFiles()
    {
        _folder.Write("wire.txt", Wire);
        _folder.Write("copy.txt", Wire);
        _folder.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        _folder.Write("empty.txt", " \n\n");
        var batch = _folder.Write("pairs.tsv", "copy.txt\twire.txt\nmissing.txt\twire.txt\nbinary.txt\twire.txt\nempty.txt\twire.txt\ncopy.txt\twire.txt;missing.txt\nno-tab-here.txt\ncopy.txt\twire.txt\n");

        var run = CliRun.Of("compare", "--batch", batch);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal("wholly", lines[0].GetProperty("verdict").GetString());
        Assert.Contains("no such file", lines[1].GetProperty("error").GetString());
        Assert.Contains("binary", lines[2].GetProperty("error").GetString());
        Assert.Contains("empty body", lines[3].GetProperty("error").GetString());
        Assert.Contains("missing.txt", lines[4].GetProperty("error").GetString());
        Assert.Contains("no source given", lines[5].GetProperty("error").GetString());
        Assert.Equal(6, lines[5].GetProperty("line").GetInt32());
        Assert.Equal("wholly", lines[6].GetProperty("verdict").GetString());
        Assert.Equal(5, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Compare_TerminalView_ShowsTheVerdictAndMarksChangedWords()
    {
        var target = _folder.Write("edit.txt", Wire.Replace("sniffer dogs", "search dogs", StringComparison.Ordinal));
        var source = _folder.Write("wire.txt", Wire);

        var run = CliRun.Of("compare", target, source);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("verdict: wholly derived", run.Out);
        Assert.Contains("  0 of ", run.Out); // no word lies outside an aligned sentence
        Assert.Contains("100 % in sentences keeping 70 % of a source passage's words in order", run.Out);
        Assert.Contains("[-sniffer-]", run.Out);
        Assert.Contains("{+search+}", run.Out);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("compare", "only-a-target.txt")]
    [InlineData("compare", "a.txt", "b.txt", "--batch", "pairs.tsv")]
    public void Compare_WrongArguments_IsBadUsage(params string[] args) =>
        Assert.Equal(1, CliRun.Of(args).ExitCode);

    [Fact]
    public void Compare_MissingTarget_IsBadInputWithTheReason()
    {
        var run = CliRun.Of("compare", Path.Combine(_folder.Path, "nope.txt"), _folder.Write("wire.txt", Wire));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.txt: rejected: no such file", run.Error);
    }

    /// <summary>Slices by Unicode scalar values, as the contract counts them.</summary>
    private static string Slice(string text, int offset, int length)
    {
        var runes = text.EnumerateRunes().ToArray();
        return string.Concat(runes.Skip(offset).Take(length).Select(r => r.ToString()));
    }
}
