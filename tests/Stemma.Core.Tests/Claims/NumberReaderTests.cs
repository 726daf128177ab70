namespace Stemma.Claims;

public class NumberReaderTests
{
    [Fact]
    public void A_figure_keeps_its_comparator_its_noun_and_its_source()
    {
        var number = Assert.Single(ClaimsFixture.Numbers("According to partial reports, the clashes have left more than 1,250 dead."));

        Assert.Equal(1250, number.Claim.Value);
        Assert.Equal("more than", number.Claim.Comparator);
        Assert.Equal("dead", number.Claim.Counted);
        Assert.Equal("partial reports", number.Claim.Attribution);
        Assert.Equal(("deaths", true), (number.Measure, number.IsCount));
    }

    [Fact]
    public void Qualifiers_between_the_figure_and_the_people_counted_are_kept()
    {
        var number = Assert.Single(ClaimsFixture.Numbers("Casualties have already caused more than 5,000 innocent civilians."));

        Assert.Equal("civilians", number.Claim.Counted);
        Assert.Equal(["innocent"], number.Claim.Qualifiers);
        Assert.Equal("deaths", number.Measure);
    }

    [Fact]
    public void A_source_cue_wins_over_a_passive_reporting_verb()
    {
        var number = Assert.Single(ClaimsFixture.Numbers(
            "However, as per Russian estimates, the total death toll from both sides is being said to be around 5000."));

        Assert.Equal(("around", "Russian estimates", "deaths"), (number.Claim.Comparator, number.Claim.Attribution, number.Measure));
    }

    [Fact]
    public void Each_figure_of_a_sentence_takes_its_own_cue()
    {
        var numbers = ClaimsFixture.Numbers(
            "The quake struck before dawn, killing at least 214 people and injuring more than 1,100, the emergencies ministry said.");

        Assert.Equal(["deaths", "injured"], numbers.Select(n => n.Measure));
        Assert.All(numbers, n => Assert.Equal("the emergencies ministry", n.Claim.Attribution));
    }

    [Fact]
    public void A_cue_after_the_counted_people_is_found()
    {
        var number = Assert.Single(ClaimsFixture.Numbers("More than 1,200 people from both sides have been reported dead since the fighting began."));

        Assert.Equal("deaths", number.Measure);
        Assert.Null(number.Claim.Attribution); // "reported" is passive here: nobody is named
    }

    [Fact]
    public void A_past_war_in_the_sentence_sets_the_era_but_a_war_after_since_does_not()
    {
        var numbers = ClaimsFixture.Numbers(
            "The separatists seized the province in a 1990s war that left 30,000 people dead. " +
            "These clashes, the worst since a war in the early 1990s, have left more than 1,250 dead.");

        Assert.Equal([("1990s", 30000.0), (null, 1250.0)], numbers.Select(n => (n.Era, n.Claim.Value)));
    }

    [Fact]
    public void Back_then_refers_to_the_year_of_the_sentence_before()
    {
        var numbers = ClaimsFixture.Numbers(
            "The contrast with 1987 is striking. Back then, the capital waited nine days and about 4,500 people died.", publishedYear: 2024);

        Assert.Equal(("1987", "deaths", 4500.0), (Assert.Single(numbers).Era, numbers[0].Measure, numbers[0].Claim.Value));
    }

    [Fact]
    public void Years_times_ordinals_durations_and_small_word_numbers_are_not_figures()
    {
        var numbers = ClaimsFixture.Numbers(
            "On Sept. 27, 2020 the quake hit at 4:12 a.m. for twelve hours, the 3rd in three weeks, under a 1997 treaty.");

        Assert.Empty(numbers);
    }

    [Fact]
    public void Units_and_named_measures_group_figures_that_do_not_count_people()
    {
        var numbers = ClaimsFixture.Numbers("A magnitude 6.8 earthquake hit about 18 kilometres south of the town.");

        Assert.Equal([("magnitude", 6.8), ("km", 18.0)], numbers.Select(n => (n.Measure, n.Claim.Value)));
        Assert.All(numbers, n => Assert.False(n.IsCount));
    }
}
