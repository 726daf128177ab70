namespace Stemma.Extraction;

public class HtmlDepthGuardTests
{
    [Fact]
    public void Regression_quadratic_parse_200000_nested_divs_are_flattened_below_the_cap_keeping_text_and_offsets()
    {
        const int depth = 200_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class='x>y'>", depth)) + "<p>The bridge is closed.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var flat = HtmlDepthGuard.Flatten(html, out var flattened);

        Assert.Equal(html.Length, flat.Length);
        Assert.Equal(2 * (depth - HtmlDepthGuard.MaxDepth), flattened);
        Assert.Contains("<p>The bridge is closed.</p>", flat);
        Assert.Equal(HtmlDepthGuard.MaxDepth, CountOccurrences(flat, "<div"));
        Assert.Equal(HtmlDepthGuard.MaxDepth, CountOccurrences(flat, "</div>"));
    }

    [Fact]
    public void A_page_within_the_cap_is_returned_as_it_is()
    {
        var html = "<html><body><div><p>One<p>Two<br><img src=x></div><script>if (a < b) { '<div>' }</script><!-- <div> --></body></html>";

        Assert.Same(html, HtmlDepthGuard.Flatten(html, out var flattened));
        Assert.Equal(0, flattened);
    }

    [Fact]
    public void Extract_of_a_deeply_nested_page_keeps_its_text_and_warns()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<span>", 5_000)) + "<p>The council closed the old bridge on Friday after the river rose.</p>" + string.Concat(Enumerable.Repeat("</span>", 5_000)) + "</body></html>";
        using var folder = new TempFolder();
        var file = folder.Write("deep.html", html);

        var result = new Pipeline.TextPipeline().Run([file]);

        Assert.Contains("The council closed the old bridge", Assert.Single(result.Articles).Article.Text);
        Assert.Contains(result.Diagnostics, d => d.Reason.Contains("flattened", StringComparison.Ordinal));
    }

    private static int CountOccurrences(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
