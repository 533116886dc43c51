using System.Collections.Frozen;
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

    /// <summary><see cref="NounForms.SingularIn"/> reads a word in place as <see cref="NounForms.Singular"/> reads its string.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_singular_read_in_place_is_the_singular_of_the_string(string code)
    {
        var nouns = NounForms.Of(LanguagePacks.BuiltIn[code]!);
        string[] words = ["Lines", "lines", "line", "Sections", "companies", "Feet", "people", "loss", "bus", "décès", "Français", "journaux",
            "bateaux", "chevaux", "pays", "Numéros", "numéro", "Boeing", "Channel", "É", "ab", "ÉTATS", new string('x', 70) + "s", "σελίδες"];
        // Each word's singular is in the set once, alone with words it is not, so a wrong singular is found both ways.
        foreach (var word in words)
        {
            var set = new[] { nouns.Singular(word), "section", "ligne" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var other in words)
                Assert.Equal(set.Contains(nouns.Singular(other)), nouns.SingularIn(other, lookup));
        }
    }
}
