using Stemma.Text;

namespace Stemma.Evaluation;

/// <summary>One word whose stem differs from the reference.</summary>
public sealed record StemmerMismatch(int Line, string Word, string Expected, string Actual);

/// <summary>Exact-match figures of the stemmer against a reference vocabulary.</summary>
public sealed record StemmerEvaluationResult(int Words, int Exact, IReadOnlyList<StemmerMismatch> Mismatches)
{
    public double ExactShare => Words == 0 ? 0 : (double)Exact / Words;
}

/// <summary>
/// Checks <see cref="Porter2Stemmer"/> word for word against the Snowball reference data
/// (<c>voc.txt</c>: one word a line; <c>output.txt</c>: its expected stem on the same line).
/// </summary>
public static class StemmerEvaluation
{
    public const string VocabularyFile = "voc.txt";
    public const string OutputFile = "output.txt";

    /// <summary>Runs the check over a folder holding <c>voc.txt</c> and <c>output.txt</c>.</summary>
    /// <exception cref="FileNotFoundException">When either file is missing.</exception>
    public static StemmerEvaluationResult Run(string directory, int keepMismatches = 50)
    {
        var words = File.ReadAllLines(Path.Combine(directory, VocabularyFile));
        var expected = File.ReadAllLines(Path.Combine(directory, OutputFile));
        if (words.Length != expected.Length)
        {
            throw new InvalidDataException(
                $"{VocabularyFile} has {words.Length} lines but {OutputFile} has {expected.Length}; they must pair line by line.");
        }
        var exact = 0;
        var mismatches = new List<StemmerMismatch>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = Porter2Stemmer.Stem(words[i]);
            if (actual == expected[i])
            {
                exact++;
            }
            else if (mismatches.Count < keepMismatches)
            {
                mismatches.Add(new StemmerMismatch(i + 1, words[i], expected[i], actual));
            }
        }
        return new StemmerEvaluationResult(words.Length, exact, mismatches);
    }
}
