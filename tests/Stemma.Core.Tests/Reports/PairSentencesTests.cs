using Stemma.Reading;
using Stemma.Storage;

namespace Stemma.Reports;

public sealed class PairSentencesTests
{
    private const string Source =
        "Flood waters rose overnight in the Kelmora valley, forcing nearly 3,000 residents from their homes. " +
        "The regional governor said on Saturday that six villages would be evacuated along the river banks.\n\n" +
        "Rescue crews used boats to reach families stranded on rooftops near the old mill.\n\n" +
        "The orchestra opened its winter season with a new symphony by a young composer.\n";

    private const string Target =
        "Flood waters rose overnight in the Kelmora valley, forcing nearly 3,000 residents from their homes, and the regional governor said on Saturday that six villages would be evacuated along the river banks.\n\n" +
        "Rescue crews used small boats to reach families stranded on rooftops near the old mill.\n\n" +
        "A shopkeeper said she had never seen anything like it in forty years of trading.\n";

    [Fact]
    public void Match_JoinsTwoSourceSentencesMergedIntoOneTargetSentence()
    {
        var matches = PairSentences.Match(Article(1, "source", Source), Article(2, "target", Target));

        var merged = matches.First();
        Assert.Equal(0, merged.Target.Start);
        Assert.Contains("evacuated", Source.Substring(merged.Source.Start, merged.Source.Length));
        Assert.StartsWith("Flood waters", Source.Substring(merged.Source.Start, merged.Source.Length));
    }

    [Fact]
    public void Match_MarksAnIdenticalSentenceVerbatimAndAnEditedOneNot()
    {
        var matches = PairSentences.Match(Article(1, "source", Source), Article(2, "source-copy", Source.Replace("old mill", "old grain mill")));

        Assert.True(matches[0].Verbatim);
        var rescue = matches.Single(m => m.TargetText.Contains("Rescue", StringComparison.Ordinal));
        Assert.Contains("grain", rescue.TargetText);
        Assert.DoesNotContain(matches, m => m.TargetText.Contains("shopkeeper", StringComparison.Ordinal));
    }

    private static StoredArticle Article(long id, string name, string text) =>
        new(id, name, name, name + ".txt", null, DocumentFormat.PlainText, null, null, null, null, 1, text, 0);
}
