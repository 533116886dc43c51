using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// An amount joined by "à" to the noun phrase before it prices that thing ("une enceinte moderne à 600 millions d'euros"):
/// it is the thing's cost, compared with the cost another source gives, and never read as a measure of a later word.
/// </summary>
public sealed class PricedNounTests
{
    private const string Other = "Le nouveau stade de Verlan a été inauguré samedi par le maire. Il a coûté 450 millions d'euros et accueillera 40 000 spectateurs.";

    [Fact]
    public void An_amount_after_a_noun_and_a_is_its_cost()
    {
        var differ = Shown(("a.md", "Le nouveau stade de Verlan a été inauguré samedi par le maire. Cette enceinte moderne à 600 millions d'euros accueillera 40 000 spectateurs.", "fr"),
            ("b.md", Other, "fr"));
        var agree = Shown(("a.md", "Le nouveau stade de Verlan a été inauguré samedi par le maire. Cette enceinte moderne à 450 millions d'euros accueillera 40 000 spectateurs.", "fr"),
            ("b.md", Other, "fr"));

        Assert.Contains("€600m", Assert.Single(differ).Message, StringComparison.Ordinal);
        Assert.Empty(agree);
    }

    [Fact]
    public void A_verb_before_a_stays_no_cost()
    {
        var findings = Shown(("a.md", "Le nouveau stade de Verlan a été inauguré samedi par le maire. Le chantier est passé à 600 millions d'euros selon la mairie.", "fr"),
            ("b.md", Other, "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void An_amount_before_a_noun_is_its_cost()
    {
        const string other = "The Polaris observatory, which cost $2.5bn, opened on Monday.";
        var differ = Shown(("a.md", "The $3.1bn Polaris observatory opened on Monday.", "en"), ("b.md", other, "en"));
        var agree = Shown(("a.md", "The $2.5bn Polaris observatory opened on Monday.", "en"), ("b.md", other, "en"));

        Assert.Contains("$3.1bn", Assert.Single(differ).Message, StringComparison.Ordinal);
        Assert.Empty(agree);
    }
}
