using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// A count is of its noun: two sources of one language counting different nouns ("votes" and "districts", "buts" and
/// "essais") count different things, whatever verb they share. The same noun still disagrees, and across languages a noun
/// no pack knows may be the other's translation, so it is still compared.
/// </summary>
public sealed class CountedNounTests
{
    private static Finding[] Shown(string a, string languageA, string b, string languageB) =>
        [.. Findings(Dated("a.md", a, languageA, "2024-03-01"), Dated("b.md", b, languageB, "2024-03-01")).Where(f => f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("In the Dunmore referendum on Sunday, 1,820,455 votes backed the proposal.",
        "In the Dunmore referendum on Sunday, 28 of the 31 districts voted to back the proposal.", "en")]
    [InlineData("Le club de Dunmore a marqué 12 buts en deux saisons.", "Le club de Dunmore a marqué 3 essais en deux saisons.", "fr")]
    public void Counts_of_different_nouns_in_one_language_do_not_disagree(string a, string b, string language) =>
        Assert.Empty(Shown(a, language, b, language));

    [Fact]
    public void Counts_of_the_same_noun_disagree() =>
        Assert.Single(Shown("The Dunmore club scored 12 goals in the two seasons under its new coach.", "en",
            "The Dunmore club scored 14 goals in the two seasons under its new coach.", "en"));

    [Fact]
    public void Counts_of_nouns_no_pack_knows_are_compared_across_languages() =>
        Assert.Single(Shown("The Dunmore club scored 12 goals in the two seasons under its new coach.", "en",
            "Le club de Dunmore a marqué 14 buts en deux saisons sous son nouvel entraîneur.", "fr"));
}
