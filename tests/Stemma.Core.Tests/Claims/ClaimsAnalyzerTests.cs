namespace Stemma.Claims;

public class ClaimsAnalyzerTests
{
    private const string Wire = "001_7a4dfa32b95dec7a";
    private const string Retranslation = "000_3be08902d337e920";
    private const string Opinion = "002_b1f082104eb44b5d";
    private const string Independent = "003_aff0aa0c764f18b0";
    private const string Rewrite = "004_0bcdc09029e2e207";

    private static readonly Lazy<StoryClaims> Seeds = new(() => new ClaimsAnalyzer().Analyze(ClaimsFixture.StoryOf(SharedData.Seeds!, Wire)));

    private static QuoteGroup QuoteWith(StoryClaims claims, string words) =>
        Assert.Single(claims.Quotes, q => q.Versions.Any(v => v.Mention.Text.Contains(words, StringComparison.Ordinal)));

    private static QuoteVersion VersionIn(QuoteGroup quote, string article) => Assert.Single(quote.Versions, v => v.Mention.Article.Name == article);

    [SharedDataFact("seeds")]
    public void Seeds_Cavanaugh_is_quoted_in_three_articles_and_the_opinion_piece_changes_mark_to_make()
    {
        var quote = QuoteWith(Seeds.Value, "significant escalation");

        Assert.Equal([Retranslation, Wire, Opinion], quote.Versions.Select(v => v.Mention.Article.Name));
        Assert.Contains("Cavanaugh", quote.Speaker);
        var opinion = VersionIn(quote, Opinion);
        Assert.Equal((QuoteChange.ChangedWords, Wire), (opinion.Change, opinion.ComparedWith!.Article.Name));
        Assert.Contains(new Alignment.DiffWord(Alignment.DiffOp.Removed, "mark"), opinion.Diff);
        Assert.Contains(new Alignment.DiffWord(Alignment.DiffOp.Added, "make"), opinion.Diff);
        Assert.Equal(QuoteChange.Paraphrased, VersionIn(quote, Wire).Change); // the retranslation and the wire differ in wording
    }

    [SharedDataFact("seeds")]
    public void Seeds_Zakharova_concrete_formats_are_of_assistance_in_the_wire_and_of_an_audience_in_the_retranslation()
    {
        var quote = QuoteWith(Seeds.Value, "concrete formats");

        Assert.Equal("Maria Zakharova", quote.Speaker);
        Assert.StartsWith("of assistance", VersionIn(quote, Wire).Mention.After);
        Assert.StartsWith("of assistance", VersionIn(quote, Opinion).Mention.After);
        Assert.StartsWith("of an audience", VersionIn(quote, Retranslation).Mention.After);
        Assert.Contains(quote.Versions, v => v.Change == QuoteChange.NewContext);
    }

    [SharedDataFact("seeds")]
    public void Seeds_the_Russian_foreign_ministry_statement_is_matched_across_four_translations_and_reported_in_the_fifth()
    {
        var quote = QuoteWith(Seeds.Value, "directly on the territory of Armenia");

        Assert.Equal([Retranslation, Wire, Independent, Rewrite], quote.Versions.Where(v => v.Change != QuoteChange.ReportedSpeech).Select(v => v.Mention.Article.Name));
        Assert.Equal(QuoteChange.ReportedSpeech, VersionIn(quote, Opinion).Change);
        Assert.Equal(QuoteChange.Identical, VersionIn(quote, Rewrite).Change); // 004 copies the wire's wording
    }

    [SharedDataFact("seeds")]
    public void Seeds_the_death_toll_spreads_from_1000_to_5000_and_only_004_calls_the_dead_civilians()
    {
        var deaths = Assert.Single(Seeds.Value.Numbers, g => g is { Measure: "deaths", Era: null });

        Assert.True(deaths.Disagree);
        Assert.Equal([1000.0, 1200, 1250, 5000], deaths.Claims.Select(c => c.Value).Distinct().Order());
        Assert.Contains(deaths.Claims, c => c is { Value: 1250, Comparator: "more than", Attribution: "partial reports" } && c.Article.Name == Retranslation);
        Assert.Contains(deaths.Claims, c => c is { Value: 5000, Comparator: "approaching", Attribution: "President Putin" });
        Assert.Contains(deaths.Claims, c => c is { Value: 5000, Comparator: "around", Attribution: "Russian estimates" } && c.Article.Name == Opinion);
        Assert.Contains(deaths.Claims, c => c is { Value: 5000, Counted: "people" } && c.Article.Name == Independent);
        Assert.Contains($"only {Rewrite} counts them as innocent civilians", deaths.Notes);
        Assert.Single(deaths.Claims, c => c.Counted == "civilians");
    }

    [SharedDataFact("seeds")]
    public void Seeds_the_1990s_war_toll_is_kept_apart_and_agrees()
    {
        var war = Assert.Single(Seeds.Value.Numbers, g => g.Claims.Any(c => c.Value == 30000));

        Assert.Equal(("deaths", "1990s", false), (war.Measure, war.Era, war.Disagree));
        Assert.Equal([Retranslation, Wire], war.Claims.Select(c => c.Article.Name));
    }

    [SharedDataFact("seeds")]
    public void Seeds_name_spellings_are_grouped_as_GOLD_lists_them()
    {
        var groups = Seeds.Value.Names.Select(g => g.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal).ToArray()).ToList();

        Assert.Contains(["Pachinian", "Pashinian", "Pashinyan"], groups);
        Assert.Contains(["Gumri", "Gyumri"], groups);
        Assert.Contains(["Choucha", "Shusha", "Shushi"], groups);
        Assert.Contains(["Aliev", "Aliyev"], groups);
        Assert.Contains(["Cavusoglu", "Cavutoglu"], groups);
    }

    [Fact]
    public void Samples_show_a_changed_quote_a_retranslated_quote_an_inflated_toll_and_transliterated_names()
    {
        var claims = new ClaimsAnalyzer().Analyze(ClaimsFixture.StoryOf(Repository.Samples, "01-wire-northwire"));

        var maren = QuoteWith(claims, "older buildings");
        Assert.Equal(QuoteChange.ChangedWords, VersionIn(maren, "04-opinion-eastwatch").Change);
        Assert.Equal(QuoteChange.Paraphrased, VersionIn(QuoteWith(claims, "Lestrian friends"), "03-retranslation-infohub").Change);
        var deaths = Assert.Single(claims.Numbers, g => g is { Measure: "deaths", Era: null });
        Assert.True(deaths.Disagree);
        Assert.Contains("only 06-roundup-quicknews counts them as civilians", deaths.Notes);
        Assert.Contains(claims.Numbers, g => g is { Measure: "deaths", Era: "1987", Disagree: false });
        var names = claims.Names.Select(g => g.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal).ToArray()).ToList();
        Assert.Contains(["Gorbach", "Horbach"], names);
        Assert.Contains(["Chrustawez", "Khrustavets"], names);
    }

    [Fact]
    public void An_empty_story_has_no_claims()
    {
        Assert.Same(StoryClaims.Empty, new ClaimsAnalyzer().Analyze([]));
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_rule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimsAnalyzer(new ClaimsOptions { NumberSpread = 1 }));

        Assert.Contains("NumberSpread must be above 1", error.Message);
    }

    [Fact]
    public void Regression_quadratic_claims_many_attributed_quotes_are_cut_at_the_limit_and_the_cut_reported()
    {
        // One article of 6,000 attributed quotes took over a minute and gigabytes; the limit bounds the work.
        var text = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"\"We will rebuild school number {i} by spring,\" the mayor said."));
        var members = ClaimsFixture.Story(text, text.Replace("mayor", "governor", StringComparison.Ordinal));

        var claims = new ClaimsAnalyzer(new ClaimsOptions { MaxQuotes = 30 }).Analyze(members);

        Assert.Equal("80 quotes found; the first 30 were compared (the claims limit)", Assert.Single(claims.Limits));
        Assert.Empty(claims.Failures);
    }
}
