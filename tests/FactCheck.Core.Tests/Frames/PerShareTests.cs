using FactCheck.Kinds.Quantity;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A figure of a measure named per share ("per share earnings") is on a per-share basis even when the measure stands far
/// before it, and a count's abbreviated scale may be joined by a hyphen ("a 2.4-mln-member union"): neither is set
/// against a company's total or read as a count of "mln".
/// </summary>
public sealed class PerShareTests
{
    [Theory]
    [InlineData("Norvane's per share earnings climbed 12 pct in 2023 to 3.40 dlrs.", "en")]
    [InlineData("Le résultat net par action de Norvane a progressé de 12 % à 3,40 euros.", "fr")]
    public void A_per_share_measure_far_before_the_figure_is_not_the_total(string perShare, string language)
    {
        var total = language == "en" ? "Norvane's net profit was 212 mln dlrs in 2023." : "Le bénéfice net de Norvane a atteint 212 millions d'euros.";

        Assert.Empty(Shown(("a.md", perShare, language), ("b.md", total, language)));
    }

    [Fact]
    public void A_per_share_figure_still_meets_another_per_share_figure()
    {
        var findings = Shown(("a.md", "Norvane's per share earnings climbed 12 pct in 2023 to 3.40 dlrs.", "en"),
            ("b.md", "Norvane's per share earnings rose to 2.90 dlrs in 2023.", "en"));

        Assert.Contains("$3.4", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_measure_of_the_clause_keeps_its_own_basis()
    {
        var findings = Shown(("a.md", "Norvane's per share earnings rose to 40 cts in 2023 on revenues of 51 mln dlrs.", "en"),
            ("b.md", "Norvane's revenues were 57 mln dlrs in 2023.", "en"));

        Assert.Contains("$57m", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The 2.4-mln-member union called a strike on Monday.")]
    [InlineData("The 2.4 mln-member union called a strike on Monday.")]
    public void A_hyphened_scale_scales_the_count(string text)
    {
        var count = Assert.Single(ClaimsOf<QuantityClaim>(Source(text)));

        Assert.Equal(2_400_000, count.Quantity.Low);
    }
}
