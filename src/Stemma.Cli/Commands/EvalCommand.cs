using System.CommandLine;
using Stemma.Evaluation;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma eval …</c>: the quality gate, the literature's metric on a labelled corpus.</summary>
internal static class EvalCommand
{
    public static Command Create(Console2 console)
    {
        var command = new Command("eval", "Measure Stemma on a labelled corpus with the literature's metric.");
        command.Subcommands.Add(Stemmer(console));
        return command;
    }

    private static Command Stemmer(Console2 console)
    {
        var dir = new Argument<string>("dir") { Description = "Folder with the Snowball reference voc.txt and output.txt." };
        var command = new Command("stemmer", "Exact-match rate of the Porter2 stemmer against the Snowball English reference vocabulary.") { dir };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, StemmerEvaluation.VocabularyFile)) || !File.Exists(Path.Combine(folder, StemmerEvaluation.OutputFile)))
            {
                console.Error.WriteLine($"{folder}: needs {StemmerEvaluation.VocabularyFile} and {StemmerEvaluation.OutputFile} (e.g. ../shared/eval-data/snowball-english)");
                return ExitCodes.BadInput;
            }
            var result = StemmerEvaluation.Run(folder);
            console.Out.WriteLine($"stemmer exact match: {result.Exact:N0} / {result.Words:N0} ({result.ExactShare:P2})");
            foreach (var miss in result.Mismatches.Take(20))
            {
                console.Out.WriteLine($"  line {miss.Line}: {miss.Word} → {miss.Actual} (expected {miss.Expected})");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
