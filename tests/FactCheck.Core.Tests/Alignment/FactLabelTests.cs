using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>A finding names what its figures state: a count, or the dimension of a figure in a unit.</summary>
public sealed class FactLabelTests
{
    private static Finding One(string a, string b, string language) =>
        Assert.Single(Findings(Dated("a.md", a, language, "2024-03-01"), Dated("b.md", b, language, "2024-03-01")), f => f.Severity >= Severity.Warning);

    [Fact]
    public void A_figure_in_metres_is_a_length_and_a_figure_without_a_unit_a_count()
    {
        var length = One("La passerelle de Corvel s'est effondrée sur 45 mètres.", "La passerelle de Corvel s'est effondrée sur 200 mètres.", "fr");
        var count = One("L'effondrement de la passerelle de Corvel a fait 12 morts.", "L'effondrement de la passerelle de Corvel a fait 17 morts.", "fr");

        Assert.Equal("length", length.Attribute);
        Assert.Contains("length: 45", length.Message, StringComparison.Ordinal);
        Assert.Equal("count", count.Attribute);
    }
}
