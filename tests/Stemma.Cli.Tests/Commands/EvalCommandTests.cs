namespace Stemma.Commands;

public sealed class EvalCommandTests
{
    [SharedDataFact("eval-data/snowball-english")]
    public void EvalStemmer_ReferenceData_PrintsExactMatchOverEveryWord()
    {
        var run = CliRun.Of("eval", "stemmer", SharedData.EvalData("snowball-english")!);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stemmer exact match: 42,649 / 42,649", run.Out);
    }

    [Fact]
    public void EvalStemmer_FolderWithoutReferenceFiles_ExitsWithBadInputAndSaysWhatIsNeeded()
    {
        var run = CliRun.Of("eval", "stemmer", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("voc.txt", run.Error);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extract", run.Out);
        Assert.Contains("eval", run.Out);
    }
}

/// <summary>
/// <c>stemma eval</c> runs exactly what <c>stemma compare --batch</c> runs: the batch file an evaluation
/// writes, compared by compare and scored with <c>--scores</c>, gives the same figures, passages and
/// verdicts. The corpora here are small ones written by the tests in each corpus's format.
/// </summary>
public sealed class EvalThroughCompareTests : IDisposable
{
    private const string Wire =
        "A magnitude 6.4 earthquake struck northern Varnia early on Tuesday, killing at least 212 people in the town of Khrustavets and injuring hundreds more. " +
        "Rescue teams from neighbouring Lestria crossed the border at dawn with sniffer dogs and heavy lifting gear, officials in the capital said. " +
        "The regional governor declared three days of mourning and asked residents to stay away from damaged buildings until engineers had inspected them.\n";

    private const string Unrelated =
        "The city council approved a new budget for public libraries on Monday after a long debate about opening hours and the cost of heating older buildings. " +
        "Several members argued that the money should go to schools instead, but the proposal passed by a narrow margin late in the evening.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EvalPan_ScoresOfSavedCompareBatchOutput_EqualItsOwnFigures()
    {
        _folder.Write("pan/src/source-document00001.txt", Wire + Unrelated);
        _folder.Write("pan/susp/suspicious-document00001.txt", Unrelated + Wire);
        _folder.Write("pan/susp/suspicious-document00002.txt", Unrelated);
        _folder.Write("pan/02-no-obfuscation/pairs", "suspicious-document00001.txt source-document00001.txt\n");
        _folder.Write("pan/02-no-obfuscation/suspicious-document00001-source-document00001.xml",
            $"<document><feature name=\"plagiarism\" this_offset=\"{Unrelated.Length}\" this_length=\"{Wire.Length}\" source_offset=\"0\" source_length=\"{Wire.Length}\"/></document>");
        _folder.Write("pan/01-no-plagiarism/pairs", "suspicious-document00002.txt source-document00001.txt\n");
        var corpus = Path.Combine(_folder.Path, "pan");
        var work = Path.Combine(_folder.Path, "work");

        var evaluated = CliRun.Of("eval", "pan", corpus, "--work", work);
        var compared = CliRun.Of("compare", "--batch", Path.Combine(work, "batch.tsv"), "--json", "--min-passage-chars", "150");
        var answers = _folder.Write("answers.jsonl", compared.Out);
        var scored = CliRun.Of("eval", "pan", corpus, "--scores", answers);

        Assert.Equal(0, evaluated.ExitCode);
        Assert.Equal(0, scored.ExitCode);
        Assert.Contains("compare options: --min-passage-chars 150", evaluated.Out);
        Assert.Equal(Figures(evaluated.Out, "02-no-obfuscation"), Figures(scored.Out, "02-no-obfuscation"));
        Assert.Equal(Figures(evaluated.Out, "overall"), Figures(scored.Out, "overall"));
        var plagdet = double.Parse(Figures(scored.Out, "02-no-obfuscation").Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(plagdet > 0.5, $"the copied stretch is found: plagdet {plagdet}");
    }

    [Fact]
    public void EvalMsrp_ScoresOfSavedCompareBatchOutput_EqualItsOwnFigures()
    {
        var rows = new[]
        {
            ("1", "Rescue teams crossed the border at dawn with sniffer dogs.", "At dawn, rescue teams with sniffer dogs crossed the border."),
            ("0", "The council approved a budget for libraries on Monday.", "Rescue teams crossed the border at dawn with sniffer dogs."),
            ("1", "The governor declared three days of mourning.", "Three days of mourning were declared by the governor."),
            ("0", "Several members argued the money should go to schools.", "The earthquake killed at least 212 people in Khrustavets."),
        };
        var file = _folder.Write("msrp.txt", "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" + string.Concat(rows.Select((r, i) => $"{r.Item1}\t{i}\t{i + 100}\t{r.Item2}\t{r.Item3}\n")));
        var work = Path.Combine(_folder.Path, "work");

        var evaluated = CliRun.Of("eval", "msrp", file, "--work", work);
        var compared = CliRun.Of("compare", "--batch", Path.Combine(work, "batch.tsv"), "--json");
        var scored = CliRun.Of("eval", "msrp", file, "--scores", _folder.Write("answers.jsonl", compared.Out));

        Assert.Equal(0, evaluated.ExitCode);
        Assert.Equal(0, scored.ExitCode);
        Assert.Contains("compare options: none", evaluated.Out);
        var heldOut = evaluated.Out.Split('\n').Single(l => l.StartsWith("held-out half", StringComparison.Ordinal));
        Assert.Contains(heldOut, scored.Out);
        Assert.Equal(4, compared.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void EvalMsrp_AnswersCarryingTheTextsCosine_AreJudgedAndRefittedWithTheMeaningRule()
    {
        var rows = new[]
        {
            ("1", "Rescue teams crossed the border at dawn with sniffer dogs.", "At dawn, rescue teams with sniffer dogs crossed the border."),
            ("0", "The council approved a budget for libraries on Monday.", "Rescue teams crossed the border at dawn with sniffer dogs."),
            ("0", "The governor declared three days of mourning.", "The governor declared that schools would stay closed."),
            ("1", "Several members argued the money should go to schools.", "Some members said schools should get the money."),
        };
        var file = _folder.Write("msrp.txt", "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" + string.Concat(rows.Select((r, i) => $"{r.Item1}\t{i}\t{i + 100}\t{r.Item2}\t{r.Item3}\n")));
        var work = Path.Combine(_folder.Path, "work");
        Assert.Equal(0, CliRun.Of("eval", "msrp", file, "--work", work).ExitCode);
        var plain = CliRun.Of("compare", "--batch", Path.Combine(work, "batch.tsv"), "--json").Out;
        Assert.DoesNotContain("meaningCosine", plain); // without --embeddings the output is as it was
        // What --embeddings would add: each answer's cosine (high for the paraphrases).
        var withCosine = string.Join("\n", plain.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) =>
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(line)!;
            json["evidence"]!["meaningCosine"] = rows[i].Item1 == "1" ? 0.9 : 0.4;
            return json.ToJsonString();
        }));

        var wordsOnly = CliRun.Of("eval", "msrp", file, "--scores", _folder.Write("plain.jsonl", plain), "--fit");
        var meaning = CliRun.Of("eval", "msrp", file, "--scores", _folder.Write("cosine.jsonl", withCosine), "--fit");

        Assert.Equal(0, wordsOnly.ExitCode);
        Assert.Equal(0, meaning.ExitCode);
        Assert.Contains("sentence rule: words only", wordsOnly.Out);
        Assert.DoesNotContain("MeaningSentence:", wordsOnly.Out);
        Assert.Contains("sentence rule: words and the MiniLM cosine of the two texts", meaning.Out);
        Assert.Contains("cosine measured on 4 pairs", meaning.Out);
        Assert.Contains("words and MiniLM cosine: cross-validated", meaning.Out);
        Assert.Contains("MeaningSentence: new LogisticRule(", meaning.Out);
    }

    [Fact]
    public void EvalPan_SavedOutputOfAnotherBatch_IsRejectedWithAReason()
    {
        _folder.Write("pan/src/source-document00001.txt", Wire);
        _folder.Write("pan/susp/suspicious-document00001.txt", Wire);
        _folder.Write("pan/02-no-obfuscation/pairs", "suspicious-document00001.txt source-document00001.txt\n");
        var answers = _folder.Write("answers.jsonl", "");

        var run = CliRun.Of("eval", "pan", Path.Combine(_folder.Path, "pan"), "--scores", answers);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("0 answers for 1 batch lines", run.Error);
    }

    [Fact]
    public void EvalVerdict_MissingCorpus_ExitsWithBadInputAndNamesIt()
    {
        var missing = Path.Combine(_folder.Path, "no-meter");

        var run = CliRun.Of("eval", "verdict", "--meter", missing, "--pan", missing, "--msrp", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-meter", run.Error);
    }

    private static string Figures(string report, string row) =>
        report.Split('\n').Single(l => l.StartsWith(row, StringComparison.Ordinal)).TrimEnd();
}
