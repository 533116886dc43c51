using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// The figure a sentence compares with ("up from", "contre") is of a time counted back from its source's day: two sources
/// of different days compare with different times, two of one day with the same.
/// </summary>
public sealed class CounterpartDayTests
{
    private static Finding[] Shown(string a, string b, string language, string bDate) =>
        [.. Findings(Dated("a.md", a, language, "2024-05-01"), Dated("b.md", b, language, bDate)).Where(f => f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("Orlen Foods said its sales rose to 49 million euros, up from 36 million euros.",
        "Orlen Foods said its sales rose to 49 million euros, up from 41 million euros.", "en")]
    [InlineData("Le laboratoire a recensé 4 900 nouveaux diagnostics positifs, contre 3 600 la veille.",
        "Le laboratoire a recensé 4 900 nouveaux diagnostics positifs, contre 4 100 la veille.", "fr")]
    public void Figures_compared_with_in_sources_of_different_days_are_of_different_times(string a, string b, string language)
    {
        Assert.Empty(Shown(a, b, language, "2024-05-02"));
        Assert.Contains(Shown(a, b, language, "2024-05-01"), f => f.Message.Contains("36", StringComparison.Ordinal) || f.Message.Contains("3,600", StringComparison.Ordinal));
    }
}
