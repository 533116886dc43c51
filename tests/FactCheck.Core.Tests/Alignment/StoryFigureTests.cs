using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// Money and counts whose holder a sentence leaves to its context (money4-13): the one figure two sources give for a
/// measure of the story's own thing is one fact; a name a preposition opens ("from Harbour United") is no subject, and
/// the subject of a verb whose prepositional complements lead to the figure is its holder; a figure tied to a past time
/// is not the news of a source written long after it; a total outlay is compared only with totals; amounts in two
/// currencies meet within a rate band.
/// </summary>
public sealed class StoryFigureTests
{
    private static Finding[] Alerts(params (string Text, string Language, string Date)[] sources) =>
        [.. Findings([.. sources.Select((s, i) => Dated($"{(char)('a' + i)}.md", s.Text, s.Language, s.Date))])
            .Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void The_one_cost_two_sources_give_without_a_name_is_one_fact()
    {
        var once = Alerts(("Sa construction a coûté 9 milliards de dollars.", "fr", "2024-03-01"),
            ("Le grand télescope a coûté 12 milliards de dollars.", "fr", "2024-03-01"));
        var twice = Alerts(("Sa construction a coûté 9 milliards de dollars. Sa coupole a coûté 2 milliards de dollars.", "fr", "2024-03-01"),
            ("Le grand télescope a coûté 12 milliards de dollars.", "fr", "2024-03-01"));

        Assert.Contains("$12bn", Assert.Single(once).Message, StringComparison.Ordinal);
        Assert.Empty(twice);
    }

    [Fact]
    public void The_subject_of_a_verb_holds_a_figure_its_prepositional_complements_lead_to()
    {
        var two = Alerts(("Tomas Quill moved to Castle Rovers from Harbour United in a €40m deal.", "en", "2024-03-01"),
            ("Ivo Marr moved to Castle Rovers from Harbour United in a €60m deal.", "en", "2024-03-01"));
        var one = Alerts(("Tomas Quill moved to Castle Rovers from Harbour United in a €40m deal.", "en", "2024-03-01"),
            ("Tomas Quill moved to Castle Rovers from Harbour United in a €60m deal.", "en", "2024-03-01"));

        Assert.Empty(two);
        Assert.Single(one);
    }

    [Fact]
    public void A_figure_of_a_past_time_is_not_the_news_of_a_later_source()
    {
        var past = Alerts(("Harbour United signed Ivo Marr in a €60m deal.", "en", "2024-03-01"),
            ("The previous record was a €40m deal in June 2022.", "en", "2024-03-02"));
        var recent = Alerts(("Harbour United signed Ivo Marr in a €60m deal.", "en", "2024-03-01"),
            ("The previous record was a €40m deal in February 2024.", "en", "2024-03-02"));

        Assert.Empty(past);
        Assert.Single(recent);
    }

    [Fact]
    public void A_total_outlay_is_compared_only_with_totals()
    {
        var total = Alerts(("Harbour United agreed a five-year deal, a total outlay of £300m.", "en", "2024-03-01"),
            ("Harbour United agreed a £200m deal.", "en", "2024-03-01"));
        var totals = Alerts(("Harbour United agreed a five-year deal, a total outlay of £300m.", "en", "2024-03-01"),
            ("Harbour United agreed a five-year deal, a total outlay of £200m.", "en", "2024-03-01"));

        Assert.Empty(total);
        Assert.Single(totals);
    }

    [Fact]
    public void Amounts_in_two_currencies_meet_within_the_rate_band()
    {
        // £190.6m is €219m at 2023's average rate: 3 % from €212.4m, near enough for a day's rate against the year's.
        var near = Alerts(("The fund holds €212.4m.", "en", "2023-06-01"), ("The fund holds £190.6m.", "en", "2023-06-01"));
        var far = Alerts(("The fund holds €212.4m.", "en", "2023-06-01"), ("The fund holds £170.6m.", "en", "2023-06-01"));

        Assert.Empty(near);
        Assert.Single(far);
    }
}
