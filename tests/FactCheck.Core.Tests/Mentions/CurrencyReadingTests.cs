using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>Currencies as news writes them: every ISO 4217 currency, country qualifiers, minor units, and a currency the sentence carries.</summary>
public sealed class CurrencyReadingTests
{
    [Theory]
    [InlineData("The bank raised 40 mln Canadian dlrs in the offer.", 40e6, "CAD")]
    [InlineData("Its shares closed at 1.55 NZ dlrs.", 1.55, "NZD")]
    [InlineData("The group issued 300 mln HK dlrs of notes.", 300e6, "HKD")]
    [InlineData("Reserves stand at 72 billion U.S. dlrs.", 72e9, "USD")]
    [InlineData("Savings reached one trillion Taiwan dlrs.", 1e12, "TWD")]
    [InlineData("The plant cost 90 mln Singapore dlrs to build.", 90e6, "SGD")]
    [InlineData("Ireland had a 31 mln punt surplus.", 31e6, "IEP")]
    [InlineData("The duty was cut to 330 rupees.", 330, "INR")]
    [InlineData("The tender was priced at 500 AED.", 500, "AED")]
    [InlineData("Fees rose to KES 1,200.", 1200, "KES")]
    [InlineData("A loaf costs 2,000 Nigerian naira.", 2000, "NGN")]
    [InlineData("Tickets cost 300 Thai baht.", 300, "THB")]
    [InlineData("Money supply rose to 33,992 billion won.", 33992e9, "KRW")]
    [InlineData("The mint struck a special 10-mark coin.", 10, "DEM")]
    public void Every_currency_is_read_by_its_name_code_or_news_abbreviation(string text, double amount, string currency)
    {
        var money = TestText.OneMoney(text);

        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("The oil price rose 50 cts a barrel.", "en", 0.5, "USD")]
    [InlineData("Shares were sold at 75 cts each.", "en", 0.75, "USD")]
    [InlineData("The offer is 300p per share.", "en", 3, "GBP")]
    [InlineData("A stamp costs 70 euro cents.", "en", 0.7, "EUR")]
    [InlineData("Le ticket coûte 95 centimes.", "fr", 0.95, "EUR")]
    [InlineData("Une erreur de caisse de 85 centimes d'euros a suffi.", "fr", 0.85, "EUR")]
    [InlineData("Corn oil was quoted at 20-3/4 cents a lb.", "en", 0.2075, "USD")]
    public void Minor_units_count_their_share_of_the_currency(string text, string language, double amount, string currency)
    {
        var money = TestText.OneMoney(text, language);

        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("Sales rose to 4.1 billion dlrs from 3.9 billion.", "en", "USD", "USD")]
    [InlineData("The firm had sales of 40 mln Canadian dlrs and a 2.5 mln loss.", "en", "CAD", "CAD")]
    [InlineData("A price of 30 Australian dlrs a barrel would rise to 32 dlrs.", "en", "AUD", "AUD")]
    [InlineData("The mark closed at 1.8245 marks from 1.8190.", "en", "DEM", "DEM")]
    [InlineData("Les recettes sont passées de 6,2 milliards d'euros à 7,1 milliards.", "fr", "EUR", "EUR")]
    [InlineData("Denominations of 1,000 and 5,000 Australian dlrs are offered.", "en", "AUD", "AUD")]
    public void A_bare_figure_takes_the_currency_its_sentence_gives(string text, string language, string first, string second)
    {
        var money = TestText.Money(text, language);

        Assert.Equal([first, second], money.Select(m => m.Currency));
    }

    [Theory]
    [InlineData("Volume was 15.3 mln shares against 53 mln on average.")]
    [InlineData("It earned 60 mln dlrs on 108.4 mln shares outstanding.")]
    [InlineData("Farmers sold 16 mln to 18 mln bushels.")]
    [InlineData("Il a été condamné en mars 2017 à 800 euros d'amende.")]
    public void A_count_or_a_year_beside_money_is_not_money(string text)
    {
        var money = TestText.Money(text, text.Contains("amende", StringComparison.Ordinal) ? "fr" : "en");

        Assert.All(money, m => Assert.NotNull(m.Currency));
        Assert.True(money.Count <= 1);
    }

    [Theory]
    [InlineData("The stock traded at 3.25 dlrs a share.", "share")]
    [InlineData("Crude rose to 18 dlrs per barrel.", "barrel")]
    [InlineData("Le gazole est vendu 1,45 euro le litre.", "litre")]
    [InlineData("The company lost 60 mln dlrs.", null)]
    public void A_price_says_what_it_is_for(string text, string? per)
    {
        var money = TestText.OneMoney(text, text.Contains("litre", StringComparison.Ordinal) ? "fr" : "en");

        Assert.Equal(per, money.Per);
    }

    [Theory]
    [InlineData("Prices start from as little as $5.", "en", Qualifier.AtLeast)]
    [InlineData("Notes not exceeding 50 mln dlrs were sold.", "en", Qualifier.AtMost)]
    [InlineData("Investors may receive up to an additional two mln dlrs.", "en", Qualifier.UpTo)]
    [InlineData("La voiture est accessible à partir de 48 990 €.", "fr", Qualifier.AtLeast)]
    [InlineData("Le versement peut s'élever jusqu'à environ 1.300 euros.", "fr", Qualifier.UpTo)]
    [InlineData("Le coût est estimé à 100.000 dollars canadiens.", "fr", Qualifier.About)]
    [InlineData("Les parts au-delà de 1,5 million d'euros sont taxées.", "fr", Qualifier.MoreThan)]
    public void Bounds_and_estimates_are_read_as_hedges(string text, string language, Qualifier qualifier)
    {
        var money = TestText.OneMoney(text, language);

        Assert.Equal(qualifier, money.Qualifier);
    }

    [Fact]
    public void A_hedge_before_two_figures_joined_by_and_holds_for_both()
    {
        var money = TestText.Money("Elles sont accessibles à partir de 69 496 € et 76 100 €.", "fr");

        Assert.Equal([Qualifier.AtLeast, Qualifier.AtLeast], money.Select(m => m.Qualifier));
    }

    [Fact]
    public void A_word_that_is_mostly_something_else_is_no_currency_without_a_scale()
    {
        Assert.Empty(TestText.Money("Elle a écrit 20 livres en dix ans.", "fr"));
        Assert.Equal("GBP", TestText.OneMoney("Le club a payé 100 millions de livres.", "fr").Currency);
        Assert.Equal("LBP", TestText.OneMoney("Elle est payée 500.000 livres libanaises.", "fr").Currency);
    }

    [Fact]
    public void A_shared_name_is_read_in_the_currency_of_the_source_year()
    {
        var in1987 = TestText.Money("Exports were 3.85 billion marks.", "en", date: "1987-03-02");

        Assert.Equal("DEM", Assert.Single(in1987).Currency);
    }
}
