namespace FactCheck.Core.Tests.Comparison;

public sealed class FigureConflictTests
{
    [Fact]
    public void Two_sources_that_give_the_fund_different_amounts_conflict()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "Ministers agreed a €20bn fund.", "en", "2024-03-12"),
            TestText.Dated("b.md", "Ils ont créé un fonds de 25 milliards d'euros.", "fr", "2024-03-12"));

        var finding = Assert.Single(findings);
        Assert.Equal("figure-conflict", finding.Rule);
        Assert.Equal("fund", finding.Subject);
        Assert.Equal(["€20bn", "€25bn"], finding.Values.Select(v => v.Display));
    }

    [Fact]
    public void Amounts_that_agree_once_converted_do_not_conflict()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "NATO plans a €100bn fund.", "en", "2024-04-02"),
            TestText.Dated("b.md", "Un fonds de 107 milliards de dollars a été créé.", "fr", "2024-04-03"));

        Assert.Empty(findings);
    }

    [Fact]
    public void The_same_number_in_two_currencies_conflicts()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "NATO plans a €100bn fund.", "en", "2024-04-02"),
            TestText.Dated("b.md", "Un fonds de 100 milliards de dollars a été créé.", "fr", "2024-04-02"));

        Assert.Equal(2, Assert.Single(findings).Values.Length);
    }

    [Fact]
    public void Hedged_figures_that_can_both_be_true_do_not_conflict()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The fund raised more than €3bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "Le fonds a levé près de 3,4 milliards d'euros.", "fr", "2024-01-01"));

        Assert.Empty(findings);
    }

    [Fact]
    public void More_than_a_figure_is_below_the_next_round_figure()
    {
        // "more than €3bn" rounds down to 3bn as written: a writer who knew of nearly 4bn would have said so.
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The fund raised more than €3bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "Le fonds a levé près de 4 milliards d'euros.", "fr", "2024-01-01"));

        Assert.Single(findings);
    }

    [Fact]
    public void One_source_stating_two_amounts_is_not_a_conflict_between_sources()
    {
        var findings = TestText.Findings(TestText.Dated("a.md", "The fund was €20bn. Later the fund grew to €30bn.", "en", "2024-01-01"));

        Assert.Empty(findings);
    }

    [Fact]
    public void Different_subjects_are_never_compared()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The fund holds €20bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The loan is €300m.", "en", "2024-01-01"));

        Assert.Empty(findings);
    }

    [Fact]
    public void An_amount_without_currency_sides_with_its_own_source_when_it_can()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "NATO plans a €100bn fund.", "en", "2024-04-02"),
            TestText.Dated("b.md", "Un fonds de 100 milliards de dollars. Un fonds de 100 milliards semble optimiste.", "fr", "2024-04-02"));

        var dollars = Assert.Single(findings).Values.Single(v => v.Display == "$100bn");
        Assert.Equal(2, dollars.Claims.Length);
    }

    [Fact]
    public void A_currency_without_a_rate_is_not_compared_with_another_currency()
    {
        var findings = TestText.Findings(
            TestText.Dated("a.md", "The fund holds €1bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The fund holds 12 billion Swedish kronor.", "en", "2024-01-01"));

        Assert.Empty(findings);
    }
}
