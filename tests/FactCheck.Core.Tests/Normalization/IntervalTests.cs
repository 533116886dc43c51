using FactCheck.Kinds.Money;
using FactCheck.Rules;
using FactCheck.Normalization;

namespace FactCheck.Core.Tests.Normalization;

public sealed class IntervalTests
{
    private static ValueRange Interval(string text, string language = "en") =>
        new MoneyNormalizer(ExchangeRates.Default, RuleSet.BuiltIn.Conflict("figure-conflict")).Interval(TestText.OneMoney(text, language));

    [Fact]
    public void A_round_figure_is_read_to_two_and_a_half_percent()
    {
        var range = Interval("The fund holds €100bn.");

        Assert.Equal(97.5e9, range.Min, 1);
        Assert.Equal(102.5e9, range.Max, 1);
    }

    [Fact]
    public void A_precise_figure_is_read_to_its_last_digit_but_never_closer_than_half_a_percent()
    {
        var range = Interval("Un fonds de 107 milliards de dollars.", "fr");

        Assert.Equal(107e9 * 0.995, range.Min, 1);
        Assert.Equal(107e9 * 1.005, range.Max, 1);
    }

    [Fact]
    public void A_decimal_figure_is_read_to_its_last_decimal()
    {
        var range = Interval("Ils engagent 79,5 milliards d’euros.", "fr");

        Assert.InRange(range.Max - range.Min, 0.39e9, 0.8e9);
    }

    [Theory]
    [InlineData("It has about €10bn.", 9e9, 11e9)]
    [InlineData("Il a environ 10 milliards d'euros.", 9e9, 11e9)]
    [InlineData("It has nearly €10bn.", 9e9, 10e9)]
    [InlineData("It lends up to €10bn.", 0, 10e9)]
    public void Hedges_widen_the_interval(string text, double min, double max)
    {
        var range = Interval(text, text.Contains("Il a", StringComparison.Ordinal) ? "fr" : "en");

        Assert.Equal(min, range.Min, 1);
        Assert.Equal(max, range.Max, 1);
    }

    [Theory]
    [InlineData("It has more than €3bn.", 3.5e9)]
    [InlineData("Il a plus de 3 milliards d'euros.", 3.5e9)]
    [InlineData("It has more than €3.15bn.", 3.15e9 * 1.1)]
    public void More_than_rounds_down_to_the_figure_as_written(string text, double bound)
    {
        var range = Interval(text, text.StartsWith("Il", StringComparison.Ordinal) ? "fr" : "en");

        Assert.Equal(double.Parse(text.Contains("3.15", StringComparison.Ordinal) ? "3.15e9" : "3e9", System.Globalization.CultureInfo.InvariantCulture), range.Min, 1);
        Assert.InRange(range.Max, bound * 0.999, bound);
    }

    [Fact]
    public void At_least_has_no_upper_bound()
    {
        var range = Interval("It has at least €10bn.");

        Assert.Equal(10e9, range.Min, 1);
        Assert.True(double.IsPositiveInfinity(range.Max));
    }
}
