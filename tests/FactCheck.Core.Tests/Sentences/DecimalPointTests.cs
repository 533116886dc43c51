namespace FactCheck.Core.Tests.Sentences;

/// <summary>A period between digits is a decimal point or a thousands separator, not the end of a sentence.</summary>
public sealed class DecimalPointTests
{
    [Theory]
    [InlineData("The rate is 3.5 percent. It rose.", "The rate is 3.5 percent.")]
    [InlineData("The fund is worth $4.5bn. The U.S. agreed.", "The fund is worth $4.5bn.")]
    [InlineData("It cost 1.000.000 euros. It rose.", "It cost 1.000.000 euros.")]
    [InlineData("Il vaut 1.000 euros. Le fonds est prêt.", "Il vaut 1.000 euros.")]
    [InlineData("Le taux est de 3,5 %. Il a augmenté.", "Le taux est de 3,5 %.")]
    public void A_decimal_point_does_not_end_the_sentence(string text, string first)
    {
        var sentences = Split.Texts(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void A_period_followed_by_no_space_does_not_end_the_sentence()
    {
        var sentences = Split.Texts("It is version 3.x now. It works.");

        Assert.Equal(["It is version 3.x now.", "It works."], sentences);
    }
}
