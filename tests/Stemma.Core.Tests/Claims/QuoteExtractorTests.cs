namespace Stemma.Claims;

public class QuoteExtractorTests
{
    [Fact]
    public void Curly_and_straight_quotes_are_found_with_the_speaker_after_them()
    {
        var quotes = ClaimsFixture.Quotes(
            "“We will rebuild every school,” the mayor said.\n\n\"The roads are open again,\" said Horbach.");

        Assert.Equal(["We will rebuild every school", "The roads are open again"], quotes.Select(q => q.Text));
        Assert.Equal(["the mayor", "Horbach"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_broken_by_its_attribution_is_one_quote()
    {
        var quote = Assert.Single(ClaimsFixture.Quotes(
            "\"It is impossible to calculate the risk,\" he said, \"but an intervention would mark an escalation.\""));

        Assert.Equal("It is impossible to calculate the risk … but an intervention would mark an escalation.", quote.Text);
        Assert.Equal(2, quote.Parts.Count);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_continues_where_the_next_paragraph_opens_with_a_mark()
    {
        var quote = Assert.Single(ClaimsFixture.Quotes(
            "Maren told Northwire: \"The aftershocks could go on for weeks.\n\n\"Some of the older buildings will not survive them.\""));

        Assert.Equal("The aftershocks could go on for weeks. … Some of the older buildings will not survive them.", quote.Text);
        Assert.Equal("Maren", quote.Speaker);
    }

    [Fact]
    public void A_quote_inside_a_quote_stays_part_of_the_outer_quote()
    {
        var quote = Assert.Single(ClaimsFixture.Quotes(
            "“They told us ‘stay inside’ and then the roof fell,” a resident said."));

        Assert.Equal("They told us ‘stay inside’ and then the roof fell", quote.Text);
        Assert.Equal("a resident", quote.Speaker);
    }

    [Fact]
    public void Apostrophes_are_not_quotes_but_single_quoted_phrases_are()
    {
        var quotes = ClaimsFixture.Quotes("Moscow’s offer of ‘necessary’ help was the Kremlin's answer, officials' notes show.");

        Assert.Equal("necessary", Assert.Single(quotes).Text);
    }

    [Fact]
    public void The_speaker_is_found_behind_an_apposition()
    {
        var quote = Assert.Single(ClaimsFixture.Quotes(
            "\"The risk is real,\" Cavanaugh, a professor of diplomacy at the University of Kentucky, told AFP."));

        Assert.Equal("Cavanaugh", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_person_named_in_the_sentence_before()
    {
        var quotes = ClaimsFixture.Quotes(
            "Opposition leader Marta Kelm accused the government of ignoring warnings. \"We asked for inspections for years,\" she said.");

        Assert.Equal("Marta Kelm", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void According_to_and_a_colon_name_the_speaker()
    {
        var quotes = ClaimsFixture.Quotes(
            "According to the health ministry, \"every hospital is full\".\n\nEmergencies Minister Danylo Horbach put it plainly: \"Every hour counts.\"");

        Assert.Equal(["the health ministry", "Emergencies Minister Danylo Horbach"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_second_quote_without_attribution_keeps_the_speaker_of_the_one_before_it_in_its_paragraph()
    {
        var quotes = ClaimsFixture.Quotes("\"We want talks,\" Mr Aliyev said. \"Otherwise, we will go to the end.\"");

        Assert.Equal(["Mr Aliyev", "Mr Aliyev"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_a_paragraph_ends_there()
    {
        var quotes = ClaimsFixture.Quotes("The minister said \"we will never give up.\n\nThe talks resume on Monday.");

        Assert.Equal("we will never give up.", Assert.Single(quotes).Text);
    }

    [Fact]
    public void Regression_ClauseItemsSpan_length_minus_one_from_a_verb_right_after_a_relative_who()
    {
        // METER dev: `analyze` died with "length ('-1') must be a non-negative value" in ClauseItems.Span
        // (AttributionRules.NameAtEnd <- Subject <- VerbCue) when a reporting verb followed a clause breaker.
        var quotes = ClaimsFixture.Quotes("“We did nothing wrong,” the driver who said.\n\n“It was late,” a report that said.");

        Assert.Equal(["We did nothing wrong", "It was late"], quotes.Select(q => q.Text));
        Assert.Equal("the driver", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void Regression_CanSpeak_IndexOutOfRange_from_an_empty_subject_before_a_figure()
    {
        // METER dev: `story --json` died with IndexOutOfRangeException in AttributionRules.CanSpeak, reached
        // from NumberReader when the subject rule gave an empty phrase.
        var numbers = ClaimsFixture.Numbers("Police who said 40 people were hurt later changed the figure, and the court that said 12 agreed.");

        Assert.NotEmpty(numbers);
    }
}
