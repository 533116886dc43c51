namespace FactCheck.Core.Tests.Normalization;

public sealed class CurrencyConversionTests
{
    [Fact]
    public void Dollars_are_converted_at_the_rates_of_the_sources_year()
    {
        var claim = Assert.Single(TestText.MoneyClaims(TestText.Dated("a.md", "The fund holds $107bn.", "en", "2024-04-02")));

        Assert.NotNull(claim.InEuros);
        Assert.Equal(2024, claim.Rate!.Year);
        Assert.Equal(1.0824, claim.Rate.PerEuro);
        Assert.Null(claim.Rate.Assumption);
        Assert.InRange(claim.InEuros.Value.Min, 98.3e9, 98.9e9);
    }

    [Fact]
    public void The_same_figure_converts_differently_in_another_year()
    {
        var in2008 = Assert.Single(TestText.MoneyClaims(TestText.Dated("a.md", "The fund holds $107bn.", "en", "2008-06")));

        Assert.Equal(1.4708, in2008.Rate!.PerEuro);
    }

    [Fact]
    public void An_undated_source_borrows_the_date_of_the_others_and_says_so()
    {
        var claims = TestText.MoneyClaims(
            TestText.Dated("dated.md", "The fund holds €100bn.", "en", "2024-04-02"),
            TestText.Dated("undated.md", "The fund holds $107bn.", "en", null));

        var rate = claims.Single(c => c.Currency == "USD").Rate!;
        Assert.Equal(2024, rate.Year);
        Assert.Contains("undated.md has no date", rate.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_table_uses_the_nearest_year_and_says_so()
    {
        var claim = Assert.Single(TestText.MoneyClaims(TestText.Dated("old.md", "The fund holds $50m.", "en", "1987-03-01")));

        Assert.Equal(1999, claim.Rate!.Year);
        Assert.Contains("no rates for 1987", claim.Rate.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_currency_without_a_rate_is_not_converted()
    {
        var claim = Assert.Single(TestText.MoneyClaims(TestText.Dated("a.md", "The fund holds 5 billion Swedish kronor.", "en", "2024-01-01")));

        Assert.Equal("SEK", claim.Currency);
        Assert.Null(claim.InEuros);
    }
}
