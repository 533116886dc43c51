using FactCheck.Comparison;

namespace FactCheck.Core.Tests.Comparison;

public sealed class RestatementMismatchTests
{
    [Theory]
    [InlineData("Members would commit $100bn (£79.5bn) to the fund.", "en")]
    [InlineData("Les membres engageraient 100 milliards de dollars (79,5 milliards de livres sterling) pour le fonds.", "fr")]
    public void A_conversion_in_brackets_that_agrees_at_the_sources_rates_is_silent(string text, string language)
    {
        var findings = TestText.Findings(TestText.Dated("a.md", text, language, "2024-04-02"));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Members would commit $100bn (£60bn) to the fund.", "en")]
    [InlineData("Les membres engageraient 100 milliards de dollars (60 milliards de livres sterling) pour le fonds.", "fr")]
    public void A_conversion_in_brackets_that_disagrees_is_a_warning_naming_both_figures(string text, string language)
    {
        var findings = TestText.Findings(TestText.Dated("a.md", text, language, "2024-04-02"));

        var finding = Assert.Single(findings);
        Assert.Equal("restatement-mismatch", finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["$100bn", "£60bn"], finding.Values.Select(v => v.Display));
        Assert.Contains("about £78.2bn", finding.Message, StringComparison.Ordinal);
    }
}
