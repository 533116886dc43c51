using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary><see cref="DecimalDigits.IndexIn"/> finds the first digit of any script where the search over all of them does.</summary>
public sealed class DecimalDigitsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("no digit here")]
    [InlineData("at 12:20 pm")]
    [InlineData("l’équipe a gagné 3 à 1")]
    [InlineData("l’équipe — « sans chiffre »")]
    [InlineData("at ٧ p.m., then 8")]
    [InlineData("“quoted” then ٣ and 5")]
    [InlineData("5 then ٣")]
    [InlineData("２０２４年 and 2024")]
    [InlineData("€ ₹ — ’ ” only")]
    [InlineData("क्रमांक १२ and ¹²³ superscripts")]
    public void Finds_the_first_digit_as_the_search_over_every_script_does(string text)
    {
        for (var from = 0; from <= text.Length; from++)
            Assert.Equal(text.AsSpan(from).IndexOfAny(DecimalDigits.All), DecimalDigits.IndexIn(text.AsSpan(from)));
    }
}
