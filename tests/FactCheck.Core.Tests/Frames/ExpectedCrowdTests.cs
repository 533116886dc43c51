using FactCheck.Kinds.Quantity;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// The crowd an event's organisers expected: a forecast of its attendance, however it is worded ("originally expected",
/// "N or M people were expected", "expected N people"), compared with the other forecasts and never with the crowd that came.
/// </summary>
public sealed class ExpectedCrowdTests
{
    private const string Expected = "The organisers of the Lakeside Fair expected around 90,000 people, and thought the car parks were big enough.";

    [Fact]
    public void A_forecast_made_earlier_is_still_a_forecast()
    {
        var findings = Shown(("a.md", "The organisers of the Lakeside Fair originally expected around 30,000 attendees.", "en"), ("b.md", Expected, "en"));

        Assert.Contains("30,000", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void People_expected_count_the_crowd_not_a_noun_further_on()
    {
        var claim = Assert.Single(ClaimsOf<QuantityClaim>(Source(Expected)));

        Assert.Equal("attendance", claim.Frame.Measure?.Key);
    }

    [Fact]
    public void Two_figures_joined_by_or_after_a_conjunction_are_one_range()
    {
        var claim = Assert.Single(ClaimsOf<QuantityClaim>(Source("Although 5,000 or 8,000 people were expected, the fair filled the town.")));

        Assert.Equal((5000m, 8000m), (claim.Quantity.Low, claim.Quantity.High));
        Assert.Equal("attendance", claim.Frame.Measure?.Key);
    }

    [Fact]
    public void People_expected_to_do_something_else_are_no_crowd()
    {
        var claim = Assert.Single(ClaimsOf<QuantityClaim>(Source("The mill expects 2,000 people to lose their jobs.")));

        Assert.NotEqual("attendance", claim.Frame.Measure?.Key);
    }
}
