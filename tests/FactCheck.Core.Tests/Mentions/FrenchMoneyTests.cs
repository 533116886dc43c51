using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

public sealed class FrenchMoneyTests
{
    [Theory]
    [InlineData("Un fonds de 107 milliards de dollars est prévu.", "107 milliards de dollars", 107e9, "USD")]
    [InlineData("Le fonds de 100 milliards d’euros est prévu.", "100 milliards d’euros", 100e9, "EUR")]
    [InlineData("Le fonds de 100 milliards d'euros est prévu.", "100 milliards d'euros", 100e9, "EUR")]
    [InlineData("Un fonds de 100 MILLIARDS de dollars est prévu.", "100 MILLIARDS de dollars", 100e9, "USD")]
    [InlineData("Ils engagent 79,5 milliards de livres sterling.", "79,5 milliards de livres sterling", 79.5e9, "GBP")]
    [InlineData("Le prix est de 10\u00A0000 €.", "10\u00A0000 €", 10000, "EUR")]
    [InlineData("Le prix est de 10\u202F000 €.", "10\u202F000 €", 10000, "EUR")]
    [InlineData("Le prix est de 10 000 €.", "10 000 €", 10000, "EUR")]
    [InlineData("Le budget atteint 5 Md€ cette année.", "5 Md€", 5e9, "EUR")]
    [InlineData("Le budget atteint 5 Mds€ cette année.", "5 Mds€", 5e9, "EUR")]
    [InlineData("Le budget atteint 5 Md d'euros cette année.", "5 Md d'euros", 5e9, "EUR")]
    [InlineData("Le budget atteint 300 M€ cette année.", "300 M€", 300e6, "EUR")]
    [InlineData("La banque prête 2 mrd d'euros.", "2 mrd d'euros", 2e9, "EUR")]
    [InlineData("La banque prête 2 mln d'euros.", "2 mln d'euros", 2e6, "EUR")]
    [InlineData("Le fonds vaut 100 billion dollars selon la presse anglaise.", "100 billion dollars", 100e9, "USD")]
    [InlineData("La vente a rapporté 1,5 milliard d'euros.", "1,5 milliard d'euros", 1.5e9, "EUR")]
    [InlineData("Le Canada promet 200 millions d’euros.", "200 millions d’euros", 200e6, "EUR")]
    [InlineData("Le fonds atteint €100bn.", "€100bn", 100e9, "EUR")]
    [InlineData("Une aide de 60 milliards de dollars américains reste bloquée.", "60 milliards de dollars américains", 60e9, "USD")]
    [InlineData("L'État versera 1,2 milliard d'euros.- Le reste ira aux régions.", "1,2 milliard d'euros", 1.2e9, "EUR")]
    [InlineData("Le club a touché 3 millions de francs suisses– une somme record.", "3 millions de francs suisses", 3e6, "CHF")]
    public void Figures_with_scales_and_currencies_are_read_in_full(string text, string written, double amount, string currency)
    {
        var money = TestText.OneMoney(text, "fr");

        Assert.Equal(written, money.Text);
        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("Ils achètent des armes pour un milliard d'euros.", 1e9)]
    [InlineData("Ils achètent des armes pour deux milliards d’euros.", 2e9)]
    public void Number_words_before_a_scale_word_are_read(string text, double amount)
    {
        var money = TestText.OneMoney(text, "fr");

        Assert.Equal((decimal)amount, money.Low);
        Assert.Equal("EUR", money.Currency);
    }

    [Theory]
    [InlineData("Ils achètent pour environ 4 milliards d'euros.", Qualifier.About)]
    [InlineData("Ils achètent pour d'environ 4 milliards d'euros.", Qualifier.About)]
    [InlineData("Une aide de quelque 4 milliards d'euros.", Qualifier.About)]
    [InlineData("Le dispositif a levé près de 4 milliards d'euros.", Qualifier.Nearly)]
    [InlineData("Le dispositif a levé plus de 4 milliards d'euros.", Qualifier.MoreThan)]
    [InlineData("Le dispositif prêtera jusqu'à 4 milliards d'euros.", Qualifier.UpTo)]
    [InlineData("Le dispositif prêtera jusqu’à 4 milliards d'euros.", Qualifier.UpTo)]
    [InlineData("Le dispositif a levé au moins 4 milliards d'euros.", Qualifier.AtLeast)]
    [InlineData("Le dispositif a levé 4 milliards d'euros.", Qualifier.Exact)]
    public void Hedges_before_a_figure_are_kept_as_its_qualifier(string text, Qualifier expected)
    {
        var money = TestText.OneMoney(text, "fr");

        Assert.Equal(expected, money.Qualifier);
        Assert.Equal(4e9m, money.Low);
    }

    [Fact]
    public void A_hedge_before_a_number_word_is_kept()
    {
        var money = TestText.OneMoney("L’Otan sort le chéquier : plus d’un milliard pour l’Ukraine.", "fr");

        Assert.Equal(Qualifier.MoreThan, money.Qualifier);
        Assert.Equal(1e9m, money.Low);
        Assert.Null(money.Currency);
    }

    [Theory]
    [InlineData("Les dépenses vont de 40 à 50 milliards d'euros.", 40e9, 50e9)]
    [InlineData("Les dépenses sont entre 40 et 50 milliards d'euros.", 40e9, 50e9)]
    [InlineData("Les dépenses atteignent 40-50 Md€.", 40e9, 50e9)]
    public void Ranges_keep_both_ends(string text, double low, double high)
    {
        var money = TestText.OneMoney(text, "fr");

        Assert.Equal((decimal)low, money.Low);
        Assert.Equal((decimal)high, money.High);
        Assert.Equal("EUR", money.Currency);
    }

    [Fact]
    public void A_conversion_in_brackets_is_one_claim_stated_two_ways()
    {
        var money = TestText.OneMoney("Les membres engageraient 100 milliards de dollars (79,5 milliards de livres sterling) sur cinq ans.", "fr");

        Assert.Equal("USD", money.Currency);
        Assert.Equal("GBP", money.Restatement?.Currency);
        Assert.Equal(79.5e9m, money.Restatement?.Low);
    }

    [Fact]
    public void An_amount_with_a_scale_but_no_currency_is_money_of_unknown_currency()
    {
        var money = TestText.OneMoney("« Un fonds de 100 milliards semble très optimiste », a dit le diplomate.", "fr");

        Assert.Equal(100e9m, money.Low);
        Assert.Null(money.Currency);
    }

    [Theory]
    [InlineData("Les 32 membres se réunissent en 2024.")]
    [InlineData("Quelque 200 millions de personnes ont voté.")]
    [InlineData("Les pays consacrent 2 % de leur PIB à la défense.")]
    [InlineData("Le 28 mars 2024, les troupes ont avancé.")]
    public void Figures_that_are_not_money_are_not_read_as_money(string text)
    {
        var money = TestText.Money(text, "fr");

        Assert.Empty(money);
    }

    [Fact]
    public void A_currency_the_own_rules_do_not_know_is_left_to_the_recognizer()
    {
        var money = TestText.OneMoney("Le Japon a versé 300 milliards de roupies indiennes.", "fr");

        Assert.Equal(300e9m, money.Low);
        Assert.Equal("INR", money.Currency);
    }
}
