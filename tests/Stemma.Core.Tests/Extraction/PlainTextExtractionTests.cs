using static Stemma.Extraction.ExtractionFixture;

namespace Stemma.Extraction;

public sealed class PlainTextExtractionTests
{
    private const string Wrapped =
        "The regional council said on Monday that the northern dam would be\n" +
        "inspected again after engineers warned that water levels could\n" +
        "rise further, and asked residents to de-\n" +
        "escalate their protests while the work went on, a deci-\n" +
        "sion that angered some.\n" +
        "\n" +
        "Related article: Rain returns to the valley\n" +
        "\n" +
        "Engineers said the spillway, which was built in 1968, remained\n" +
        "safe for now but needed non-\n" +
        "urgent repairs within the year.\n";

    [Fact]
    public void Extract_HardWrappedLines_AreJoinedIntoParagraphs()
    {
        var article = Extract(PlainText(Wrapped));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain('\n', article.Text[article.Paragraphs[0].Start..(article.Paragraphs[0].Start + article.Paragraphs[0].Length)]);
        Assert.Contains("would be inspected again", article.Text);
    }

    [Fact]
    public void Extract_WordSplitByHyphenAtLineEnd_IsRestoredWithItsHyphen()
    {
        var article = Extract(PlainText(Wrapped));

        Assert.Contains("to de-escalate their", article.Text);
        Assert.Contains("needed non-urgent repairs", article.Text);
    }

    [Fact]
    public void Extract_WordBrokenByHyphenation_IsRejoinedWithoutTheHyphen()
    {
        var article = Extract(PlainText(Wrapped));

        Assert.Contains("a decision that angered some", article.Text);
    }

    [Fact]
    public void Extract_BoilerplateLine_IsRemovedWithReasonAndLine()
    {
        var article = Extract(PlainText(Wrapped));

        var removed = Assert.Single(article.Removed);
        Assert.Equal("related-article link", removed.Reason);
        Assert.Equal(7, removed.LineNumber);
        Assert.DoesNotContain("Rain returns", article.Text);
    }

    [Fact]
    public void Extract_WrappedLineThatLooksLikeABoilerplateShape_IsKeptAsPartOfItsSentence()
    {
        var article = Extract(PlainText("The emergency rules for the flooded districts were drafted and then approved\nBy Parliament\nin a late session that ended after midnight on Thursday, officials said.\n"));

        Assert.Empty(article.Removed);
        Assert.Contains("approved By Parliament in a late session", article.Text);
    }

    [Fact]
    public void Extract_OneParagraphPerLine_KeepsParagraphsApart()
    {
        var article = Extract(PlainText("The dam held overnight after a day of heavy rain in the hills above the town.\nResidents returned to their homes on Tuesday morning, officials said.\nSchools will reopen on Wednesday."));

        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void Map_EveryCleanCharacter_PointsAtTheSameCharacterInTheOriginal()
    {
        var article = Extract(PlainText(Wrapped));

        for (var i = 0; i < article.Text.Length; i++)
        {
            var c = article.Text[i];
            var original = article.Document.Original[article.Map[i]];
            if (c == ' ' || c == '\n')
            {
                Assert.True(char.IsWhiteSpace(original), $"clean {i} is whitespace but maps to '{original}'");
            }
            else
            {
                Assert.Equal(c, original);
            }
        }
    }

    [Fact]
    public void Map_SpanAcrossAJoinedWrap_CoversTheOriginalLineBreak()
    {
        var article = Extract(PlainText(Wrapped));
        var start = article.Text.IndexOf("would be inspected", StringComparison.Ordinal);

        Assert.Equal("would be\ninspected", OriginalOf(article, start, "would be inspected".Length));
    }

    [Fact]
    public void Extract_RepeatedLineAcrossThreeArticlesOfOneSource_IsRemoved()
    {
        var footer = "Follow Valley Courier for the latest updates";
        var documents = new[]
        {
            PlainText($"The dam held overnight.\n\n{footer}", "a", "Valley Courier"),
            PlainText($"Schools reopened on Wednesday.\n\n{footer}", "b", "Valley Courier"),
            PlainText($"The mayor thanked volunteers.\n\n{footer}", "c", "Valley Courier"),
            PlainText($"Rain is expected again.\n\n{footer}", "d", "Other Paper"),
        };

        var articles = new ArticleExtractor().ExtractAll(documents).Articles;

        Assert.All(articles.Take(3), a => Assert.DoesNotContain("Follow Valley", a.Text));
        Assert.Equal("repeated in 3 articles of this source", articles[0].Removed.Single().Reason);
        Assert.Contains("Follow Valley", articles[3].Text);
    }

    [Fact]
    public void Extract_LineSharedByOnlyTwoArticlesOfOneSource_IsKept()
    {
        var shared = "The council will meet again on Friday.";
        var documents = new[] { PlainText($"The dam held.\n\n{shared}", "a", "Courier"), PlainText($"Schools reopened.\n\n{shared}", "b", "Courier") };

        var articles = new ArticleExtractor().ExtractAll(documents).Articles;

        Assert.All(articles, a => Assert.Contains(shared, a.Text));
    }

    [Fact]
    public void ExtractAll_ArticleThatIsAllBoilerplate_IsReportedNotReturned()
    {
        var result = new ArticleExtractor().ExtractAll([PlainText("By admin\n\nLeave a Comment", "junk"), PlainText("The dam held.", "good")]);

        Assert.Equal("good", Assert.Single(result.Articles).Document.Id);
        Assert.Contains("no article text", Assert.Single(result.Diagnostics).Reason);
    }
}
