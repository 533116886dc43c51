using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// How a figure stands, read from words that are not next to it: an "according to …" after it, a total, a press figure
/// stated without a hedge, a time one source cannot place.
/// </summary>
public sealed class FigureStandingTests
{
    private const string Toll = "L'effondrement du pont de Sarvan a fait 43 morts, a annoncé la préfecture.";

    [Fact]
    public void A_status_inside_a_trailing_according_to_qualifies_the_figure()
    {
        var provisional = Shown(("a.md", Toll, "fr"), ("b.md", "L'effondrement du pont de Sarvan a fait une trentaine de morts et de nombreux blessés graves selon un bilan toujours provisoire.", "fr"));
        var stated = Shown(("a.md", Toll, "fr"), ("b.md", "L'effondrement du pont de Sarvan a fait une trentaine de morts et de nombreux blessés graves selon un bilan des pompiers.", "fr"));

        Assert.Empty(provisional);
        Assert.Single(stated);
    }

    [Fact]
    public void A_total_cost_is_compared_only_with_totals()
    {
        const string probe = "The Orion probe is expected to cost about $2.7bn.";
        var total = Shown(("a.md", probe, "en"), ("b.md", "The total cost of the Orion programme is expected to reach $9bn.", "en"));
        var cost = Shown(("a.md", probe, "en"), ("b.md", "The cost of the Orion programme is expected to reach $9bn.", "en"));

        Assert.Empty(total);
        Assert.Single(cost);
    }

    [Fact]
    public void A_reported_fee_is_the_fee_the_press_gave()
    {
        var findings = Shown(("a.md", "Kelvin FC signed Tom Dunmore in 2019 for a reported £40m fee.", "en"),
            ("b.md", "Tom Dunmore joined Kelvin FC in 2019 for a fee of £55m.", "en"));

        Assert.Contains("£40m", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_the_source_cannot_place_sets_no_figure_apart()
    {
        var findings = Shown(("a.md", "Kelvin FC signed Tom Dunmore in 2019 for a fee of £40m.", "en"),
            ("b.md", "Tom Dunmore joined Kelvin FC four years ago for a fee of £55m.", "en"));

        Assert.Contains("£40m", Assert.Single(findings).Message, StringComparison.Ordinal);
    }
}
