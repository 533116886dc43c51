using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>Durations, counts and percentages in English and French, with their hedges as intervals.</summary>
public sealed class FigureReadingTests
{
    [Theory]
    [InlineData("A 100 billion euro fund (over five years) was proposed.", "en", "P5Y", Qualifier.Exact)]
    [InlineData("Ils engagent 100 milliards de dollars sur cinq ans.", "fr", "P5Y", Qualifier.Exact)]
    [InlineData("The fund will run for a decade.", "en", "P10Y", Qualifier.Exact)]
    [InlineData("L'OTAN est présente à Kiev depuis près d'une décennie.", "fr", "P10Y", Qualifier.Nearly)]
    [InlineData("The loan runs for more than 18 months.", "en", "P18M", Qualifier.MoreThan)]
    [InlineData("Le prêt court sur deux ans et demi.", "fr", "P2.5Y", Qualifier.Exact)]
    [InlineData("The mine was shut for two and a half years.", "en", "P2.5Y", Qualifier.Exact)]
    [InlineData("The club signed him on a 3-year contract.", "en", "P3Y", Qualifier.Exact)]
    [InlineData("Le chantier a duré 14 mois.", "fr", "P14M", Qualifier.Exact)]
    [InlineData("The talks went on for a week.", "en", "P1W", Qualifier.Exact)]
    public void A_duration_is_read_with_its_hedge(string text, string language, string iso, Qualifier qualifier)
    {
        var duration = Assert.Single(TestText.ClaimsOf<DurationClaim>(TestText.Source(text, language)));

        Assert.Equal(iso, duration.Iso);
        Assert.Equal(qualifier, duration.Duration.Qualifier);
    }

    [Theory]
    [InlineData("The deal was struck five years ago.", "en")]
    [InlineData("He is 25 years old.", "en")]
    [InlineData("Aujourd'hui, quatre ans et demi plus tard, l'alliance a grandi.", "fr")]
    [InlineData("The fund pays $5bn a year.", "en")]
    [InlineData("An 88-year-old man led the aid convoy.", "en")]
    public void Steps_in_time_ages_and_rates_are_not_durations(string text, string language)
    {
        Assert.Empty(TestText.ClaimsOf<DurationClaim>(TestText.Source(text, language)));
    }

    [Theory]
    [InlineData("The 32 allies will now have to examine it.", "en", 32, "members")]
    [InlineData("Un consensus entre les 32 membres de l'alliance est requis.", "fr", 32, "members")]
    [InlineData("The eight member countries agreed.", "en", 8, "members")]
    [InlineData("Les ministres de huit pays se sont mis d'accord.", "fr", 8, "countries")]
    [InlineData("The 32 NATO allies met.", "en", 32, "members")]
    public void A_count_is_bound_to_what_it_counts(string text, string language, int count, string subject)
    {
        var claim = Assert.Single(TestText.ClaimsOf<QuantityClaim>(TestText.Source(text, language)));

        Assert.Equal(count, claim.Quantity.Low);
        Assert.Equal(subject, claim.Claim.Subject);
        Assert.Equal("count", claim.Claim.Attribute);
        Assert.Equal(new ValueRange(count, count), claim.Stated);
    }

    [Fact]
    public void A_change_of_age_is_the_new_age_and_remembers_the_old_one()
    {
        var claim = Assert.Single(TestText.ClaimsOf<QuantityClaim>(TestText.Source("Zelensky signed a law reducing the age for mobilization from 27 to 25 years.")));

        Assert.Equal(25, claim.Quantity.Low);
        Assert.Equal(27, claim.Quantity.Previous);
        Assert.Equal("mobilization-age", claim.Claim.Subject);
    }

    [Fact]
    public void Counts_tied_to_different_times_carry_their_times()
    {
        var source = TestText.Dated("a.md", "The target is met by 20 countries this year against three countries in 2014.", "en", "2024-04-02");

        var claims = TestText.ClaimsOf<QuantityClaim>(source);

        Assert.Equal([20m, 3m], claims.Select(c => c.Quantity.Low));
        Assert.Equal(["2024", "2014"], claims.Select(c => c.Time!.Key));
    }

    [Fact]
    public void A_hedged_count_is_an_interval()
    {
        var claim = Assert.Single(TestText.ClaimsOf<QuantityClaim>(TestText.Source("Nearly 200 soldiers were sent.")));

        Assert.Equal(Qualifier.Nearly, claim.Quantity.Qualifier);
        Assert.Equal(180, claim.Stated.Min, 3);
        Assert.Equal(200, claim.Stated.Max, 3);
    }

    [Theory]
    [InlineData("Allies must spend 2% of GDP on defence.", "en", 2.0, "gdp-share")]
    [InlineData("Les alliés doivent consacrer 2\u00A0% du PIB à la défense.", "fr", 2.0, "gdp-share")]
    [InlineData("Les pays consacrent 2 % de leur PIB à la défense.", "fr", 2.0, "gdp-share")]
    [InlineData("Inflation rose to 2.5 per cent.", "en", 2.5, "inflation")]
    [InlineData("Le taux de chômage atteint 7,5 %.", "fr", 7.5, "unemployment")]
    public void A_percentage_is_bound_to_its_rate(string text, string language, double value, string subject)
    {
        var claim = Assert.Single(TestText.ClaimsOf<PercentageClaim>(TestText.Source(text, language)));

        Assert.Equal((decimal)value, claim.Percentage.Low);
        Assert.Equal(subject, claim.Claim.Subject);
        Assert.Equal("percentage", claim.Claim.Attribute);
    }

    [Theory]
    [InlineData("GDP grew 2.5 pct in 1986.", "en")]
    [InlineData("Inflation rose by 0.5% in March.", "en")]
    [InlineData("Le chômage est en hausse de 3 % sur un an.", "fr")]
    [InlineData("The share of GDP, said the minister, is 2%.", "en")]
    [InlineData("Inflation remains below the Bank's 2% target.", "en")]
    [InlineData("Inflation fell to 2.1 pct from 4.7 pct in 1985.", "en")]
    public void A_change_a_goal_or_a_rate_named_far_away_is_not_bound(string text, string language)
    {
        var claim = TestText.ClaimsOf<PercentageClaim>(TestText.Source(text, language)).Last();

        Assert.Null(claim.Claim.Subject);
    }

    [Fact]
    public void A_duration_binds_to_the_amount_before_it_even_far_from_the_fund()
    {
        var source = TestText.Source("Les ministres discutent d’un fonds militaire qui permettrait d’engager 100 milliards de dollars (79,5 milliards de livres sterling) sur cinq ans.", "fr");

        var claim = Assert.Single(TestText.ClaimsOf<DurationClaim>(source));

        Assert.Equal("fund", claim.Claim.Subject);
    }

    [Fact]
    public void A_percentage_range_and_a_hedge_are_intervals()
    {
        var claims = TestText.ClaimsOf<PercentageClaim>(TestText.Source("Growth of between 2 and 3 per cent, and inflation of about 4%."));

        Assert.Equal((2m, 3m), (claims[0].Percentage.Low, claims[0].Percentage.High));
        Assert.Equal(Qualifier.About, claims[1].Percentage.Qualifier);
        Assert.Equal(3.6, claims[1].Stated.Min, 3);
    }
}
