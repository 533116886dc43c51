using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// What a figure with a unit or a bare amount measures: a figure in tonnes is a weight even beside a height, "miles from"
/// makes a distance, and an amount written without its currency in a source of one currency is in that currency.
/// </summary>
public sealed class FigureMeasureTests
{
    [Fact]
    public void A_weight_beside_a_height_is_a_weight_and_conflicts_with_another_weight()
    {
        var weights = Shown(("a.md", "La tour Ostrel mesure 90 mètres de haut et pèse 7 000 tonnes.", "fr"),
            ("b.md", "La tour Ostrel pèse 9 000 tonnes.", "fr"));
        var heights = Shown(("a.md", "La tour Ostrel mesure 90 mètres de haut et pèse 7 000 tonnes.", "fr"),
            ("b.md", "La tour Ostrel mesure 120 mètres de haut.", "fr"));

        Assert.Contains("9,000", Assert.Single(weights).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tonnes", Assert.Single(heights).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_before_and_is_the_verbs_before_it_not_the_next_members()
    {
        var findings = Shown(("a.md", "The Corval landslide killed 40 people and injured 300.", "en"), ("b.md", "The Corval landslide killed 55 people.", "en"));

        Assert.Contains("deaths", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_in_english_are_read_from_the_verb()
    {
        var findings = Shown(("a.md", "The Corval bridge is 300 metres long and weighs 12,000 tonnes.", "en"),
            ("b.md", "The Corval bridge weighs 15,000 tonnes.", "en"));

        Assert.Contains("15,000", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yield_in_kilotons_is_an_energy_not_the_area_it_struck()
    {
        var findings = Shown(("a.md", "Across the harbour area, the Dorrow depot blast released around three kilotons of TNT.", "en"),
            ("b.md", "The Dorrow depot blast had a yield of 1 kiloton TNT equivalent.", "en"));

        Assert.Single(findings);
    }

    [Fact]
    public void Miles_from_a_town_is_a_distance()
    {
        var differ = Shown(("a.md", "The Harwick fair is held 43 miles from Brenton.", "en"),
            ("b.md", "The Harwick fair takes place about 70 miles from Brenton.", "en"));
        var agree = Shown(("a.md", "The Harwick fair is held 43 miles from Brenton.", "en"),
            ("b.md", "The Harwick fair takes place about 40 miles from Brenton.", "en"));

        Assert.Single(differ);
        Assert.Empty(agree);
    }

    [Fact]
    public void An_amount_without_currency_takes_the_one_currency_of_its_source()
    {
        const string other = "Le montant de la transaction entre Orvex et Kestrel est de 900 millions de dollars.";
        var oneCurrency = Shown(("a.md", "Orvex a annoncé un chiffre d'affaires de 12 millions de dollars. Le montant de la transaction entre Orvex et Kestrel est de 640 millions.", "fr"),
            ("b.md", other, "fr"));
        var twoCurrencies = Shown(("a.md", "Orvex a annoncé un chiffre d'affaires de 12 millions d'euros et une dette de 4 millions de dollars. Le montant de la transaction entre Orvex et Kestrel est de 640 millions.", "fr"),
            ("b.md", other, "fr"));
        var noMeasure = Shown(("a.md", "Orvex a annoncé un chiffre d'affaires de 12 millions de dollars. Entre Orvex et Kestrel, on parle de 640 millions.", "fr"),
            ("b.md", other, "fr"));

        Assert.Contains("$640m", Assert.Single(oneCurrency).Message, StringComparison.Ordinal);
        Assert.Empty(twoCurrencies);
        Assert.Empty(noMeasure);
    }

    [Fact]
    public void A_part_of_a_count_is_what_the_verb_after_the_whole_says()
    {
        var evacuated = Shown(("a.md", "Environ 800 des 3 000 habitants de Sorvel ont été évacués dimanche.", "fr"),
            ("b.md", "À Sorvel, 2 500 personnes ont été évacuées dimanche.", "fr"));
        var agree = Shown(("a.md", "Environ 800 des 3 000 habitants de Sorvel ont été évacués dimanche.", "fr"),
            ("b.md", "À Sorvel, 800 personnes ont été évacuées dimanche.", "fr"));

        Assert.Contains("2,500", Assert.Single(evacuated).Message, StringComparison.Ordinal);
        Assert.Empty(agree);
    }

    [Fact]
    public void A_part_of_a_count_in_english_is_what_the_verb_after_the_whole_says()
    {
        var findings = Shown(("a.md", "About 300 of the 4,000 residents of Hadley were evacuated on Sunday.", "en"),
            ("b.md", "In Hadley, 1,500 people were evacuated on Sunday.", "en"));

        Assert.Contains("1,500", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_left_unsaid_after_of_which_counts_the_noun_before_it()
    {
        var differ = Shown(("a.md", "At the Verlan depot, three boilers exploded on Monday.", "en"),
            ("b.md", "The Verlan depot held 40 boilers, six of which exploded on Monday.", "en"));
        var agree = Shown(("a.md", "At the Verlan depot, three boilers exploded on Monday.", "en"),
            ("b.md", "The Verlan depot held 40 boilers, three of which exploded on Monday.", "en"));

        Assert.Contains("6", Assert.Single(differ).Message, StringComparison.Ordinal);
        Assert.Empty(agree);
    }

    [Fact]
    public void An_amount_of_no_word_after_the_last_word_is_framed()
    {
        // "½ €" holds no word: its first word index is past the sentence's words, where the measure reader once looked up
        // a word and threw (found by the long fuzz run).
        var claims = Claims(Dated("a.md", "The club was founded in 2019 with ½ €", "en", "2024-03-12"));

        Assert.Contains(claims, c => c.Claim.Mention.Kind == FactCheck.Mentions.ClaimKind.Money);
    }
}
