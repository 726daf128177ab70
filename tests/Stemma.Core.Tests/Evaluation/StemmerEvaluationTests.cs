using Stemma.Evaluation;

namespace Stemma.Evaluation;

public sealed class StemmerEvaluationTests
{
    [SharedDataFact("eval-data/snowball-english")]
    public void Run_SnowballReferenceVocabulary_MatchesEveryWord()
    {
        var result = StemmerEvaluation.Run(SharedData.EvalData("snowball-english")!);

        Assert.Equal(42_649, result.Words);
        Assert.True(result.Mismatches.Count == 0,
            string.Join("\n", result.Mismatches.Select(m => $"{m.Word}: expected {m.Expected}, got {m.Actual}")));
    }
}
