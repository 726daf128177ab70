namespace Stemma.Claims;

public class NameVariantsTests
{
    private static List<NameGroup> Groups(params string[] texts) =>
        NameVariants.Find([.. ClaimsFixture.Story(texts).Select((m, i) => new ClaimText(i, m))]);

    private static List<string[]> Spellings(List<NameGroup> groups) => [.. groups.Select(g => g.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal).ToArray())];

    [Fact]
    public void Transliterations_of_one_name_are_grouped_with_the_articles_using_each()
    {
        var groups = Groups(
            "The letter from prime minister Nikol Pashinyan reached the base in Gyumri.",
            "The letter from prime minister Nikol Pashinian reached the base in Gumri.",
            "A letter from Mr Pachinian was sent on Saturday.");

        Assert.Contains(["Pachinian", "Pashinian", "Pashinyan"], Spellings(groups));
        Assert.Contains(["Gumri", "Gyumri"], Spellings(groups));
        var pashinyan = groups.Single(g => g.Spellings.Any(s => s.Spelling == "Pashinyan")).Spellings.Single(s => s.Spelling == "Pashinyan");
        Assert.Equal(["a0"], pashinyan.Articles.Select(a => a.Name));
    }

    [Fact]
    public void A_country_and_its_people_are_not_two_spellings()
    {
        var groups = Groups(
            "Troops from Armenia and Turkey met the Armenian and Turkish envoys of Russia.",
            "The Russian side said Azerbaijan and Azerbaijani forces were ready.");

        Assert.Empty(groups);
    }

    [Fact]
    public void Short_names_one_letter_apart_in_one_article_are_two_names()
    {
        var groups = Groups("Envoys from Iran and Iraq met in Geneva.", "Talks with Iran went on.");

        Assert.Empty(groups);
    }

    [Fact]
    public void Words_also_written_in_lower_case_are_not_names()
    {
        var groups = Groups("The Foreign Ministry and the Foreign Minister spoke.", "A ministry official and a minister agreed.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_hyphenated_name_written_as_two_words_elsewhere_is_one_name()
    {
        var groups = Groups("Fighting in Nagorno-Karabakh went on.", "Nagorno Karabakh seceded in the 1990s, and Nagorno-Karabakh is still disputed.");

        Assert.Contains(["Nagorno Karabakh", "Nagorno-Karabakh"], Spellings(groups));
    }
}
