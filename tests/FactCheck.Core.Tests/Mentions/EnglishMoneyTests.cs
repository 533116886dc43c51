using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

public sealed class EnglishMoneyTests
{
    [Theory]
    [InlineData("NATO plans a €100bn fund.", "€100bn", 100e9, "EUR")]
    [InlineData("The fund is worth $107bn.", "$107bn", 107e9, "USD")]
    [InlineData("A budget of $5m was set.", "$5m", 5e6, "USD")]
    [InlineData("Debt reached $3tn last year.", "$3tn", 3e12, "USD")]
    [InlineData("He paid £250k for it.", "£250k", 250e3, "GBP")]
    [InlineData("Net profit rose to 10 mln dlrs.", "10 mln dlrs", 10e6, "USD")]
    [InlineData("The bank lent 2.5 billion euros.", "2.5 billion euros", 2.5e9, "EUR")]
    [InlineData("The fund will hold 100 €.", "100 €", 100, "EUR")]
    [InlineData("Investors put in US$ 40m.", "US$ 40m", 40e6, "USD")]
    [InlineData("Sales were USD 12 million.", "USD 12 million", 12e6, "USD")]
    [InlineData("A 100 billion euro fund was proposed.", "100 billion euro", 100e9, "EUR")]
    [InlineData("It costs $1,500 per unit.", "$1,500", 1500, "USD")]
    [InlineData("A deal worth 300 MILLION POUNDS was signed.", "300 MILLION POUNDS", 300e6, "GBP")]
    [InlineData("The loan is worth 79.5 billion pounds sterling.", "79.5 billion pounds sterling", 79.5e9, "GBP")]
    [InlineData("The prize is €10\u00A0000 this year.", "€10\u00A0000", 10000, "EUR")]
    [InlineData("The prize is 10\u202F000 € this year.", "10\u202F000 €", 10000, "EUR")]
    [InlineData("The grant is 2,500,000 dollars.", "2,500,000 dollars", 2.5e6, "USD")]
    [InlineData("A fund of €100bn was set up in Brussels.", "€100bn", 100e9, "EUR")]
    [InlineData("The aid is worth 5 Md€, French papers say.", "5 Md€", 5e9, "EUR")]
    [InlineData("Its budget is 2.5bn Swiss francs.", "2.5bn Swiss francs", 2.5e9, "CHF")]
    [InlineData("Exports earned 120 billion yen.", "120 billion yen", 120e9, "JPY")]
    public void Figures_with_scales_and_currencies_are_read_in_full(string text, string written, double amount, string currency)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal(written, money.Text);
        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("They pledged a billion dollars.", 1e9)]
    [InlineData("They pledged one billion dollars.", 1e9)]
    [InlineData("They pledged two million euros.", 2e6)]
    [InlineData("The bank lent one mln yen to the firm.", 1e6)]
    public void Number_words_before_a_scale_word_are_read(string text, double amount)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal((decimal)amount, money.Low);
    }

    [Theory]
    [InlineData("It has about $5bn left.", Qualifier.About)]
    [InlineData("It has around $5bn left.", Qualifier.About)]
    [InlineData("It has some $5bn left.", Qualifier.About)]
    [InlineData("It has nearly $5bn left.", Qualifier.Nearly)]
    [InlineData("It has almost $5bn left.", Qualifier.Nearly)]
    [InlineData("It has more than $5bn left.", Qualifier.MoreThan)]
    [InlineData("It has over $5bn left.", Qualifier.MoreThan)]
    [InlineData("It can lend up to $5bn.", Qualifier.UpTo)]
    [InlineData("It has at least $5bn left.", Qualifier.AtLeast)]
    [InlineData("It has $5bn left.", Qualifier.Exact)]
    public void Hedges_before_a_figure_are_kept_as_its_qualifier(string text, Qualifier expected)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal(expected, money.Qualifier);
        Assert.Equal("$5bn", money.Text);
    }

    [Theory]
    [InlineData("Spending is between 40 and 50 billion dollars.", 40e9, 50e9)]
    [InlineData("Spending is $40-50bn a year.", 40e9, 50e9)]
    [InlineData("Spending is from 40 to 50 billion dollars.", 40e9, 50e9)]
    public void Ranges_keep_both_ends(string text, double low, double high)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal((decimal)low, money.Low);
        Assert.Equal((decimal)high, money.High);
        Assert.Equal("USD", money.Currency);
    }

    [Fact]
    public void A_conversion_in_brackets_is_one_claim_stated_two_ways()
    {
        var money = TestText.OneMoney("Members would commit $100bn (£79.5bn) over five years.");

        Assert.Equal(100e9m, money.Low);
        Assert.Equal("USD", money.Currency);
        Assert.NotNull(money.Restatement);
        Assert.Equal("GBP", money.Restatement.Currency);
        Assert.Equal(79.5e9m, money.Restatement.Low);
    }

    [Theory]
    [InlineData("A fund of 100 billion seems optimistic.")]
    [InlineData("The fund will be 100 billion.")]
    public void An_amount_with_a_scale_but_no_currency_is_money_of_unknown_currency(string text)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal(100e9m, money.Low);
        Assert.Null(money.Currency);
    }

    [Theory]
    [InlineData("The 32 allies met in 2024.")]
    [InlineData("About 200 million people voted.")]
    [InlineData("The wall is 5m high.")]
    [InlineData("The company sold 120 mln shares.")]
    [InlineData("Output reached 40 mln tonnes against 38 mln in 1990.")]
    [InlineData("The index gained 12.5 points to 1,250.")]
    [InlineData("Defence spending reached 2% of GDP.")]
    public void Figures_that_are_not_money_are_not_read_as_money(string text)
    {
        var money = TestText.Money(text);

        Assert.Empty(money);
    }

    [Theory]
    [InlineData("A ticket costs six yen more.", 6, "JPY")]
    [InlineData("The bank paid one dollar per share.", 1, "USD")]
    [InlineData("Output fell by 60 mln kina last year.", 60e6, "PGK")]
    [InlineData("It sold 100 mln New Zealand dollar bonds.", 100e6, "NZD")]
    public void A_number_word_or_rare_currency_beside_a_currency_word_is_read_by_the_recognizer(string text, double amount, string currency)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("The bank will lend 40m euros.- The rest comes later.", "40m euros")]
    [InlineData("Aid of 2bn dollars— most of it loans — was approved.", "2bn dollars")]
    public void A_dash_glued_to_a_currency_word_ends_the_figure(string text, string written)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal(written, money.Text);
    }

    [Fact]
    public void A_currency_the_own_rules_do_not_know_is_left_to_the_recognizer()
    {
        var money = TestText.OneMoney("India set aside five hundred million Indian rupees for roads.");

        Assert.Equal(500e6m, money.Low);
        Assert.Equal("INR", money.Currency);
    }
}
