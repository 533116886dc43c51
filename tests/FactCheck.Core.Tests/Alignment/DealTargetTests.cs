using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// "Halvard's 40 million euro deal for Tomas Brenner" is Halvard's deal and Brenner's fee: a source that gives the fee to
/// Brenner ("when Tomas Brenner moved to Halvard for £45m") speaks of the same deal, while two buyers' deals for one
/// player are two bids.
/// </summary>
public sealed class DealTargetTests
{
    private const string Moved = "The deal beats the record set when Tomas Brenner moved to Halvard for £45m in August 2016.";

    [Fact]
    public void A_deal_for_a_name_meets_the_figure_given_to_that_name()
    {
        var differ = Findings(Dated("a.md", "The fee beats the record set by Halvard's 40 million euro deal for Tomas Brenner.", "en", "2017-08-04"),
            Dated("b.md", Moved, "en", "2017-08-04"));

        Assert.Contains("€40m", Assert.Single(differ).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_buyers_deals_for_one_name_are_two_bids()
    {
        Assert.Empty(Shown(("a.md", "The old record was Halvard's €40m deal for Tomas Brenner.", "en"),
            ("b.md", "The old record was Ostrava's €52m deal for Tomas Brenner.", "en")));
    }

    [Fact]
    public void An_amount_of_a_past_year_is_converted_at_that_years_rates()
    {
        // £45m is about €55m at 2016's average rate, and about €51m at 2017's: the writer of "€55m" converted it in 2016.
        var findings = Findings(Dated("a.md", "The fee beats the record set by Halvard's 55 million euro deal for Tomas Brenner.", "en", "2017-08-04"),
            Dated("b.md", Moved, "en", "2017-08-04"));

        Assert.Empty(findings);
    }

    [Fact]
    public void One_amount_in_one_currency_agrees_with_itself_whatever_the_year()
    {
        var findings = Findings(Dated("a.md", "The Verlan bridge cost $11bn in 2014, the authority said.", "en", "2017-03-02"),
            Dated("b.md", "The Verlan bridge cost $11bn, the authority said.", "en", "2017-03-02"));

        Assert.Empty(findings);
    }
}
