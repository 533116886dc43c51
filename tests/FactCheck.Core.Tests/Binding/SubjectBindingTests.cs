namespace FactCheck.Core.Tests.Binding;

public sealed class SubjectBindingTests
{
    [Theory]
    [InlineData("NATO studies a 100 billion euro fund for Ukraine.", "en")]
    [InlineData("The fund, worth $21.6bn, will run for four years.", "en")]
    [InlineData("Ils proposent un fonds de 107 milliards de dollars sur cinq ans.", "fr")]
    [InlineData("Un consensus sur le fonds de 100 milliards d’euros sera difficile.", "fr")]
    [InlineData("Le Fonds nordique, doté de 20 milliards d'euros, est né.", "fr")]
    public void A_figure_binds_to_the_fund_named_in_its_clause_in_either_language(string text, string language)
    {
        var claim = Assert.Single(TestText.MoneyClaims(TestText.Source(text, language))).Claim;

        Assert.Equal("fund", claim.Subject);
        Assert.Equal("amount", claim.Attribute);
    }

    [Theory]
    [InlineData("The bank granted a €300m loan while the fund waits.", "loan", "en")]
    [InlineData("The fund waits; the bank granted a €300m loan.", "loan", "en")]
    [InlineData("Un programme d’aide militaire d’une valeur de quelque 60 milliards de dollars reste bloqué.", "aid-package", "fr")]
    [InlineData("The ministry's annual budget of $1.4bn is separate.", "budget", "en")]
    public void The_nearest_subject_word_wins_and_clause_breaks_keep_subjects_apart(string text, string subject, string language)
    {
        var claim = TestText.Claims(TestText.Source(text, language)).Single().Claim;

        Assert.Equal(subject, claim.Subject);
    }

    [Fact]
    public void A_figure_with_no_subject_word_is_kept_unbound()
    {
        var claim = Assert.Single(TestText.Claims(TestText.Source("Le Canada a promis 200 millions d’euros.", "fr"))).Claim;

        Assert.Null(claim.Subject);
        Assert.False(claim.IsBound);
    }
}
