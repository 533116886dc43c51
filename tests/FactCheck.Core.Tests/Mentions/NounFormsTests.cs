using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>A noun's regular plurals, made from the pack's plural letters and endings and read back as the noun.</summary>
public sealed class NounFormsTests
{
    [Theory]
    [InlineData("en", "rating", "ratings")]
    [InlineData("en", "business", "businesses")]
    [InlineData("fr", "journaliste", "journalistes")]
    [InlineData("fr", "journal", "journaux")]
    public void A_nouns_plural_is_made_from_the_packs_endings(string language, string word, string plural) =>
        Assert.Contains(plural, NounForms.Of(LanguagePacks.BuiltIn[language]!).Plurals(word));

    [Fact]
    public void A_form_the_pack_does_not_read_back_as_the_noun_is_no_plural_of_it() =>
        Assert.DoesNotContain("takingss", NounForms.Of(LanguagePacks.BuiltIn["en"]!).Plurals("takings"));
}
