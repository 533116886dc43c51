using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Inputs;

/// <summary>FactCheck's own casing table gives what the runtime gives, for every character and for whole words.</summary>
public sealed class CasingTests
{
    [Fact]
    public void Every_character_is_cased_as_the_runtime_cases_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), Casing.ToLower((char)c));
            Assert.Equal(char.ToUpperInvariant((char)c), Casing.ToUpper((char)c));
        }
    }

    [Theory]
    [InlineData("Décédée À MÉGANTIC")]
    [InlineData("ŒUVRE ÇA Ÿ İstanbul")]
    [InlineData("ΑΘΗΝΑ МОСКВА")]
    [InlineData("ՀԱՅԱՍՏԱՆ ᲥᲐᲠᲗᲣᲚᲘ Ⓐ")]
    [InlineData("𐐀 deseret and ＡＢＣ")]
    [InlineData("already lower")]
    public void Words_are_lowered_as_the_runtime_lowers_them(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), Casing.ToLower(text));
        var lowered = new char[text.Length];
        Casing.ToLower(text, lowered);
        Assert.Equal(text.ToLowerInvariant(), new string(lowered));
    }

    [Fact]
    public void A_text_already_in_lower_case_is_not_copied()
    {
        const string text = "sans majuscule, déjà";
        Assert.Same(text, Casing.ToLower(text));
    }

    [Theory]
    [InlineData('K', 'k')]
    [InlineData('\u212A', 'k')] // the Kelvin sign, which a regex ignoring case takes for "k"
    [InlineData('É', 'é')]
    [InlineData('ß', 'ß')]
    public void Characters_a_case_blind_regex_takes_as_one_fold_alike(char c, char folded) => Assert.Equal(folded, Casing.Fold(c));
}
