namespace Stemma.Claims;

public class QuoteMatcherTests
{
    private static StoryClaims Analyze(params string[] texts) => new ClaimsAnalyzer().Analyze(ClaimsFixture.Story(texts));

    [Fact]
    public void One_word_changed_inside_the_marks_is_changed_words_with_the_diff()
    {
        var claims = Analyze(
            "\"Some of the older buildings will not survive the aftershocks,\" Maren told Northwire.",
            "Seismologist Ilse Maren warned that \"some of the older buildings will not withstand the aftershocks.\"");

        var versions = Assert.Single(claims.Quotes).Versions;
        Assert.Equal([QuoteChange.Original, QuoteChange.ChangedWords], versions.Select(v => v.Change));
        Assert.Contains(new Alignment.DiffWord(Alignment.DiffOp.Removed, "survive"), versions[1].Diff);
        Assert.Contains(new Alignment.DiffWord(Alignment.DiffOp.Added, "withstand"), versions[1].Diff);
    }

    [Fact]
    public void A_retranslated_quote_is_matched_and_classed_as_paraphrased()
    {
        var claims = Analyze(
            "\"We have asked our Lestrian friends for help because every hour now decides who lives,\" Horbach told reporters.",
            "\"We have demanded the help of our Lestrian friends because each hour decides now who will live,\" declared Mr. Gorbach.");

        var versions = Assert.Single(claims.Quotes).Versions;
        Assert.Equal(QuoteChange.Paraphrased, versions[1].Change);
        Assert.Equal(["Horbach", "Mr. Gorbach"], versions.Select(v => v.Mention.Speaker));
    }

    [Fact]
    public void An_excerpt_of_a_longer_quote_is_the_same_words()
    {
        var claims = Analyze(
            "The ministry said: \"Lestria will send rescue teams and field hospitals as soon as Varnia asks for them.\"",
            "Lestria answered within hours, saying it \"will send rescue teams and field hospitals as soon as Varnia asks for them.\"");

        var versions = Assert.Single(claims.Quotes).Versions;
        Assert.Equal(QuoteChange.Identical, versions[1].Change);
        Assert.Equal("Lestria", versions[1].Mention.Speaker);
    }

    [Fact]
    public void A_quoted_phrase_whose_sentence_now_says_something_else_has_a_new_context()
    {
        var claims = Analyze(
            "Spokeswoman Maria Zakharova said \"concrete formats\" of assistance to Armenia would be discussed.",
            "Maria Zakharova told television that \"the concrete formats\" of an audience would be discussed.");

        var versions = Assert.Single(claims.Quotes).Versions;
        Assert.Equal(QuoteChange.NewContext, versions[1].Change);
        Assert.Equal(["of assistance to Armenia would", "of an audience would be"], versions.Select(v => v.Mention.After));
    }

    [Fact]
    public void A_statement_carried_without_quotation_marks_is_reported_speech()
    {
        var claims = Analyze(
            "\"Lestria will send rescue teams and field hospitals to Varnia as soon as it asks for them,\" the foreign ministry said.",
            "The foreign ministry said Lestria would send rescue teams and field hospitals to Varnia as soon as it asks for them.");

        var versions = Assert.Single(claims.Quotes).Versions;
        Assert.Equal(QuoteChange.ReportedSpeech, versions[1].Change);
        Assert.Equal("The foreign ministry", versions[1].Mention.Speaker);
    }

    [Fact]
    public void Different_quotes_of_one_speaker_are_not_matched()
    {
        var claims = Analyze(
            "\"The roads into the valley are open again,\" Horbach said.",
            "\"We have asked our neighbours for tents and blankets,\" Horbach said.");

        Assert.Empty(claims.Quotes);
    }
}
