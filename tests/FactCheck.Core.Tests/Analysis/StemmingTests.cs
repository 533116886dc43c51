using FactCheck.Analysis;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>Forms of one word share a key, so that two sources match however they inflect it; other words do not.</summary>
public sealed class StemmingTests
{
    [Theory]
    [InlineData("en", "killed", "killing", "kills")]
    [InlineData("en", "passengers", "passenger", "Passenger")]
    [InlineData("en", "acquisition", "acquisitions", "ACQUISITIONS")]
    [InlineData("fr", "morts", "mort", "mortes")]
    [InlineData("fr", "racheté", "rachète", "rachetée")]
    [InlineData("fr", "élections", "élection", "Elections")]
    [InlineData("fr", "blessés", "blessées", "blessé")]
    public void Forms_of_one_word_share_a_key(string language, string first, string second, string third)
    {
        var analyzer = TextAnalyzer.For(LanguagePacks.BuiltIn[language]!);

        var keys = new[] { first, second, third }.Select(analyzer.Stem).Distinct().ToList();

        Assert.Single(keys);
    }

    [Theory]
    [InlineData("en", "passengers", "passage")]
    [InlineData("fr", "morts", "mortier")]
    [InlineData("fr", "vol", "voix")]
    public void Different_words_keep_different_keys(string language, string first, string second)
    {
        var analyzer = TextAnalyzer.For(LanguagePacks.BuiltIn[language]!);

        Assert.NotEqual(analyzer.Stem(first), analyzer.Stem(second));
    }

    [Theory]
    [InlineData("décès")]
    [InlineData("Mégantic")]
    [InlineData("cœur")]
    public void A_key_has_no_accents(string word) => Assert.DoesNotContain(TextAnalyzer.For(LanguagePacks.BuiltIn["fr"]!).Stem(word), c => c > 0x7F);

    [Fact]
    public void A_name_folds_to_one_form_with_or_without_its_accents() =>
        Assert.Equal(TextAnalyzer.Fold("Lac-Mégantic"), TextAnalyzer.Fold("LAC-MEGANTIC"));

    [Theory]
    [InlineData("en", "the")]
    [InlineData("en", "said")]
    [InlineData("en", "Tuesday")]
    [InlineData("fr", "les")]
    [InlineData("fr", "été")]
    [InlineData("fr", "aujourd'hui")]
    public void Stop_words_are_known(string language, string word) => Assert.True(TextAnalyzer.For(LanguagePacks.BuiltIn[language]!).IsStopWord(word));
}
