using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// What an editor does not call a disagreement: figures of different holders, of different moments, given as provisional,
/// dates that bound or date another event. Each pair is checked against a pair that does disagree, so the test can fail.
/// </summary>
public sealed class FactBoundaryTests
{
    private static Finding[] Counted(params (string Id, string Text, string Language)[] sources) =>
        [.. Findings([.. sources.Select(s => Source(s.Text, s.Language, s.Id))]).Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void Two_shares_of_one_candidate_disagree_but_shares_of_two_candidates_do_not()
    {
        var same = Counted(("a.md", "Helga Marsh won 58.2% of the vote in the Dunmore mayoral race.", "en"),
            ("b.md", "Helga Marsh took 61.5% of the vote in Dunmore.", "en"));
        var other = Counted(("a.md", "Helga Marsh won 58.2% of the vote in the Dunmore mayoral race.", "en"),
            ("b.md", "Tomas Reel won 41.8% of the vote in Dunmore.", "en"));

        Assert.Single(same);
        Assert.Empty(other);
    }

    [Fact]
    public void A_length_and_a_count_are_never_one_fact_but_two_lengths_of_one_thing_disagree()
    {
        var lengthAndCount = Counted(("a.md", "Le miroir du télescope Orvane mesure 6,5 mètres de large.", "fr"),
            ("b.md", "Le miroir du télescope Orvane, de 6,5 mètres de large, est composé de 18 miroirs hexagonaux.", "fr"));
        var lengths = Counted(("a.md", "Le miroir du télescope Orvane mesure 6,5 mètres de large.", "fr"),
            ("b.md", "Le miroir du télescope Orvane, de 8 mètres de large, est composé de 18 miroirs hexagonaux.", "fr"));

        Assert.Empty(lengthAndCount);
        Assert.Single(lengths);
    }

    [Fact]
    public void The_office_that_announces_two_figures_does_not_make_them_one_fact()
    {
        var findings = Counted(
            ("a.md", "Le « oui » a obtenu 52,3 % des voix, a indiqué la préfecture de Valbrume.", "fr"),
            ("b.md", "Le taux de participation a atteint 71,4 %, a indiqué la préfecture de Valbrume.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void Provisional_tolls_of_two_sources_are_two_moments_but_two_final_tolls_disagree()
    {
        var provisional = Counted(("a.md", "Selon un premier bilan provisoire, l'effondrement du pont de Corvel a fait 12 morts.", "fr"),
            ("b.md", "Selon un bilan provisoire, l'effondrement du pont de Corvel a fait 17 morts.", "fr"));
        var final = Counted(("a.md", "L'effondrement du pont de Corvel a fait 12 morts.", "fr"),
            ("b.md", "L'effondrement du pont de Corvel a fait 17 morts.", "fr"));

        Assert.Empty(provisional);
        Assert.Single(final);
    }

    [Fact]
    public void An_opening_according_to_partial_results_makes_every_figure_of_the_sentence_partial()
    {
        var findings = Counted(
            ("a.md", "Selon des résultats partiels portant sur la moitié des bureaux, Lina Ferrat l'emporte avec 54 % des voix.", "fr"),
            ("b.md", "Lina Ferrat l'emporte avec 51 % des voix.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_date_that_bounds_a_contract_is_not_the_date_it_was_signed()
    {
        var bound = Counted(("a.md", "Winger Paolo Desti signed for Rovers in March 2021.", "en"),
            ("b.md", "Paolo Desti signed a contract with Rovers until June 2024.", "en"));
        var signed = Counted(("a.md", "Winger Paolo Desti signed for Rovers in March 2021.", "en"),
            ("b.md", "Paolo Desti signed for Rovers in May 2022.", "en"));

        Assert.Empty(bound);
        Assert.Single(signed);
    }

    [Fact]
    public void A_date_counted_from_a_death_is_not_the_date_of_the_death()
    {
        var findings = Counted(
            ("a.md", "Le 9 mai, trois semaines après la mort de la chanteuse Odile Varenne, un hommage a eu lieu à Lyon.", "fr"),
            ("b.md", "La chanteuse Odile Varenne est morte le 18 avril.", "fr"));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Des renforts sont arrivés le 10 avril à Port-Ilan, au lendemain du séisme.", "Le séisme a frappé Port-Ilan le 9 avril.", "fr")]
    [InlineData("Les ministres se sont réunis le 8 avril à Port-Ilan, à la veille du séisme.", "Le séisme a frappé Port-Ilan le 9 avril.", "fr")]
    [InlineData("Ministers met in Port Ilan on 8 April, on the eve of the summit.", "The summit opened in Port Ilan on 9 April.", "en")]
    public void A_date_of_the_day_before_or_after_an_event_is_not_its_date(string near, string dated, string language) =>
        Assert.Empty(Counted(("a.md", near, language), ("b.md", dated, language)));

    [Fact]
    public void The_largest_part_of_a_fine_is_not_the_fine()
    {
        var findings = Counted(
            ("a.md", "Le groupe Norvane a accepté de payer une amende de 2,4 milliards d'euros.", "fr"),
            ("b.md", "L'Espagne recevra la plus grande part de cette amende, soit 1,5 milliard d'euros.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_figure_and_its_bracketed_conversion_are_one_claim_not_two_sides()
    {
        var findings = Counted(
            ("a.md", "Le groupe Norvane a accepté de payer une amende de 2,4 milliards d'euros (3,5 milliards $CAN).", "fr"),
            ("b.md", "Norvane va payer une amende de 2,4 milliards d'euros.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void Every_conversion_of_a_bracketed_list_is_the_figure_not_a_side()
    {
        var agreeing = Counted(("a.md", "Corvella collapsed in 2003 with debts of 14bn euros ($18.3bn; £9.6bn).", "en"),
            ("b.md", "Corvella collapsed with debts of about 14bn euros ($19bn; £10bn).", "en"));
        var disagreeing = Counted(("a.md", "Corvella collapsed in 2003 with debts of 14bn euros ($18.3bn; £9.6bn).", "en"),
            ("b.md", "Corvella collapsed with debts of 17bn euros ($22bn; £12bn).", "en"));

        Assert.Empty(agreeing);
        Assert.Single(disagreeing);
    }
}
