using Stemma.Text;

namespace Stemma.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        [.. SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Split_PlainSentences_SplitsAtFullStopsQuestionsAndExclamations()
    {
        Assert.Equal(["The dam held.", "Did it rain?", "It did!"], Split("The dam held. Did it rain? It did!"));
    }

    [Fact]
    public void Split_TitleBeforeName_DoesNotEndTheSentence()
    {
        Assert.Equal(["Mr. Okafor and Dr. Lind met Gen. Hale on Monday.", "They talked."], Split("Mr. Okafor and Dr. Lind met Gen. Hale on Monday. They talked."));
    }

    [Fact]
    public void Split_Initials_DoNotEndTheSentence()
    {
        Assert.Equal(["J. R. Okafor wrote the report.", "It was long."], Split("J. R. Okafor wrote the report. It was long."));
    }

    [Fact]
    public void Split_DottedAbbreviationBeforeAName_DoesNotEndTheSentence()
    {
        Assert.Equal(["A former U.S. ambassador said the U.K. Treasury agreed."], Split("A former U.S. ambassador said the U.K. Treasury agreed."));
    }

    [Fact]
    public void Split_DottedAbbreviationBeforeASentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["Talks resumed in the U.S.", "The next round is in May."], Split("Talks resumed in the U.S. The next round is in May."));
    }

    [Fact]
    public void Split_Decimals_AreNotBoundaries()
    {
        Assert.Equal(["The river rose 3.5 metres, or 11.5 feet.", "Then it fell."], Split("The river rose 3.5 metres, or 11.5 feet. Then it fell."));
    }

    [Fact]
    public void Split_QuoteEndingInCommaThenAttribution_StaysOneSentence()
    {
        Assert.Equal(["“We will rebuild the road,” he said.", "Work starts soon."], Split("“We will rebuild the road,” he said. Work starts soon."));
    }

    [Fact]
    public void Split_QuestionInsideQuoteThenLowerCaseAttribution_StaysOneSentence()
    {
        Assert.Equal(["\"Is the dam safe?\" asked one resident."], Split("\"Is the dam safe?\" asked one resident."));
    }

    [Fact]
    public void Split_SentenceEndingInsideQuote_SplitsAfterTheClosingQuote()
    {
        Assert.Equal(["She said: “It is over.”", "Then she left."], Split("She said: “It is over.” Then she left."));
    }

    [Fact]
    public void Split_MonthAbbreviationBeforeDay_DoesNotEndTheSentence()
    {
        Assert.Equal(["Clashes broke out on Sept. 27 and continued."], Split("Clashes broke out on Sept. 27 and continued."));
    }

    [Fact]
    public void Split_Ellipsis_EndsTheSentenceBeforeACapital()
    {
        Assert.Equal(["The water kept rising...", "Then it stopped."], Split("The water kept rising... Then it stopped."));
    }
}
