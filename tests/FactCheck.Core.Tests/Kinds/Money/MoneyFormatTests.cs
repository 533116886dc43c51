using FactCheck.Kinds.Money;

namespace FactCheck.Core.Tests.Kinds.Money;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData("0.071", "$0.071")]
    [InlineData("0.066", "$0.066")]
    [InlineData("0.5", "$0.5")]
    [InlineData("0.125", "$0.125")]
    [InlineData("0.0123456", "$0.0123")]
    [InlineData("1.234", "$1.23")]
    [InlineData("21.65", "$21.7")]
    [InlineData("1500", "$1,500")]
    [InlineData("98900000000", "$98.9bn")]
    public void An_amount_keeps_three_significant_digits(string value, string shown) =>
        Assert.Equal(shown, MoneyFormat.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "USD"));

    [Fact]
    public void Two_sides_in_cents_never_read_alike()
    {
        var finding = Assert.Single(TestText.Findings(
            TestText.Source("The Harbor Fund paid a monthly dividend of 7.1 cents a share.", id: "a.md"),
            TestText.Source("The Harbor Fund paid a monthly dividend of 6.6 cents a share.", id: "b.md")));

        Assert.Equal(["$0.071", "$0.066"], finding.Values.Select(v => v.Display));
    }
}
