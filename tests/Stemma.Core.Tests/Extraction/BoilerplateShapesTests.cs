using Stemma.Extraction;

namespace Stemma.Extraction;

public sealed class BoilerplateShapesTests
{
    [Theory]
    [InlineData("By admin", "byline")]
    [InlineData("By Jane Q. Okafor", "byline")]
    [InlineData("Posted by newsdesk", "byline")]
    [InlineData("Photo of author", "author photo")]
    [InlineData("Leave a Comment", "comment form")]
    [InlineData("Leave a Reply", "comment form")]
    [InlineData("Your email address will not be published. Required fields are marked *", "comment form")]
    [InlineData("Exit mobile version", "mobile-site switch")]
    [InlineData("Related article: Floods close the coastal road", "related-article link")]
    [InlineData("Read more: Why the harbour wall failed", "read-more link")]
    [InlineData("https://example.org/2024/03/02/dam-holds", "bare URL")]
    [InlineData("www.example.org/dam", "bare URL")]
    [InlineData("Floods, Dam, Northvale, Rain,", "keyword line")]
    [InlineData("Tags: floods, dams", "keyword line")]
    [InlineData("Varnia, Lestria, Ostrel, earthquake,", "keyword line")]
    [InlineData("Share on Facebook", "share buttons")]
    [InlineData("Facebook Twitter Email", "share buttons")]
    [InlineData("© 2024 Northwire Media", "copyright line")]
    [InlineData("ADVERTISEMENT", "advertisement")]
    [InlineData("* * *", "separator")]
    public void Classify_BoilerplateLine_GivesItsReason(string line, string reason)
    {
        Assert.Equal(reason, BoilerplateShapes.Classify(line));
    }

    [Theory]
    [InlineData("By the numbers, the flood was the worst in a decade.")]
    [InlineData("By Tuesday the river had fallen by two metres.")]
    [InlineData("Readers who want to read more about the dam can visit the library.")]
    [InlineData("Officials visited Paris, Berlin, Rome and Madrid.")]
    [InlineData("Reuters")]
    [InlineData("by mid-morning.")]
    [InlineData("apples, pears and plums were sold, then")]
    [InlineData("Risky intervention")]
    [InlineData("“We will rebuild,” the mayor said.")]
    [InlineData("The site www.example.org published the report on Monday.")]
    public void Classify_ArticleText_IsKept(string line)
    {
        Assert.Null(BoilerplateShapes.Classify(line));
    }
}
