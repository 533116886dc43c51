using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>A result compared with a forecast ("lower than expected", "plus courte que prévu") is a result, not a forecast.</summary>
public sealed class ComparedStatusTests
{
    private static Finding[] Counted(string a, string b, string language) =>
        [.. Findings(Dated("a.md", a, language, "2024-03-01"), Dated("b.md", b, language, "2024-03-01")).Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void A_share_lower_than_expected_is_a_result_and_disagrees_with_another_result()
    {
        var compared = Counted("Le « oui » l'a emporté avec 54 % des voix, une victoire plus courte que prévu.", "Le « oui » l'a emporté avec 58 % des voix.", "fr");
        var forecast = Counted("Le « oui » devrait l'emporter avec 54 % des voix, selon les prévisions.", "Le « oui » l'a emporté avec 58 % des voix.", "fr");

        Assert.Single(compared);
        Assert.Empty(forecast);
    }

    [Fact]
    public void A_turnout_higher_than_forecast_is_a_result()
    {
        var compared = Counted("Turnout in Dunmore reached 61% of voters, higher than forecast.", "Turnout in Dunmore reached 66% of voters.", "en");

        Assert.Single(compared);
    }
}
