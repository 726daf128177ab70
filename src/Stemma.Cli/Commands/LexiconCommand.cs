using System.CommandLine;
using Stemma.Alignment;
using Stemma.Pipeline;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>stemma lexicon learn --batch FILE [--out FILE] [--min-evidence N]</c>: learns paraphrase word pairs
/// from the sentences that the pairs of a compare batch align confidently, and writes them as a lexicon
/// file that <c>stemma compare --lexicon FILE</c> reads.
/// </summary>
internal static class LexiconCommand
{
    public static Command Create(Console2 console)
    {
        var batch = new Option<string>("--batch")
        {
            Description = "Pairs to learn from, as for compare --batch: target<TAB>source[;source...] a line.",
            Required = true,
        };
        var output = new Option<string?>("--out") { Description = "Write the lexicon to this file (default: standard output)." };
        var minEvidence = new Option<int>("--min-evidence")
        {
            Description = "Aligned sentence pairs needed before a word pair is learned (default 2).",
            DefaultValueFactory = _ => 2,
        };
        var learn = new Command("learn", "Learn word pairs that stand for each other from sentences aligned at similarity 0.6 or more, where one content word replaces one other between kept words.")
        {
            batch,
            output,
            minEvidence,
        };
        learn.SetAction(parse => Learn(console, parse.GetValue(batch)!, parse.GetValue(output), parse.GetValue(minEvidence)));
        return new Command("lexicon", "Paraphrase lexicons: learn one from a corpus for compare --lexicon.") { learn };
    }

    private static int Learn(Console2 console, string batch, string? output, int minEvidence)
    {
        if (minEvidence < 1)
        {
            console.Error.WriteLine("lexicon learn: --min-evidence must be at least 1.");
            return ExitCodes.BadUsage;
        }
        if (output is not null && Path.GetDirectoryName(Path.GetFullPath(output)) is { } outFolder && !Directory.Exists(outFolder))
        {
            // Said before the learning starts, not after minutes of it.
            console.Error.WriteLine($"lexicon learn: --out {output}: the folder {outFolder} does not exist.");
            return ExitCodes.BadUsage;
        }
        var batchReader = InputFiles.Open(console, batch, "batch file");
        if (batchReader is null)
        {
            return ExitCodes.BadInput;
        }
        var learner = new LexiconLearner(minEvidence: minEvidence);
        int answered = 0, failed = 0;
        using (var reader = batchReader)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(batch))!;
            foreach (var outcome in new ComparePipeline().CompareAll(CompareBatchFile.Parse(reader, folder)))
            {
                answered++;
                if (outcome.Comparison is { } comparison)
                {
                    learner.Observe(comparison);
                }
                else
                {
                    failed++;
                    console.Error.WriteLine($"{batch}:{outcome.Request.Line}: {outcome.Error}");
                }
                if (answered % 500 == 0)
                {
                    console.Error.WriteLine($"lexicon: {answered:N0} pairs compared");
                }
            }
        }
        if (answered == failed)
        {
            console.Error.WriteLine($"{batch}: nothing to learn from ({failed} of {answered} lines failed)");
            return ExitCodes.BadInput;
        }
        var lexicon = learner.Learn();
        if (output is null)
        {
            lexicon.Save(console.Out);
        }
        else
        {
            try
            {
                using var writer = new StreamWriter(output);
                lexicon.Save(writer);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"lexicon learn: --out {output}: cannot write: {error.Message}");
                return ExitCodes.BadInput;
            }
        }
        console.Error.WriteLine($"lexicon: {lexicon.Count:N0} word pairs learned from {learner.SentencePairs:N0} aligned sentence pairs in {answered - failed:N0} comparisons{(output is null ? "" : $", written to {output}")}");
        return ExitCodes.Ok;
    }

    /// <summary>The built-in lexicon merged with the one in <paramref name="file"/>; null with a message when it cannot be read.</summary>
    public static ParaphraseLexicon? Load(Console2 console, string file)
    {
        using var lexiconReader = InputFiles.Open(console, file, "lexicon file");
        if (lexiconReader is null)
        {
            return null;
        }
        try
        {
            return ParaphraseLexicon.BuiltIn.Merge(ParaphraseLexicon.Load(lexiconReader, file));
        }
        catch (FormatException error)
        {
            console.Error.WriteLine($"{error.Message}");
            return null;
        }
    }
}
