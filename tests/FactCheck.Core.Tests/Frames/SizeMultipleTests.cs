using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// "sept fois plus grand que", "three times larger than": a size given as a multiple of another thing's is a quantity in
/// times, compared with the other multiples of that size; a multiple of something else ("three times in a row", "deux
/// fois plus élevé") measures nothing.
/// </summary>
public sealed class SizeMultipleTests
{
    [Fact]
    public void Two_multiples_of_one_size_conflict_in_french()
    {
        var findings = Shown(("a.md", "Avec son miroir de six mètres, le télescope Orion fait presque trois fois la taille de celui de Vega.", "fr"),
            ("b.md", "Son miroir, sept fois plus grand que celui de Vega, a été poli à Lyon.", "fr"));

        Assert.Contains("7", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_multiples_of_one_size_conflict_in_english()
    {
        var findings = Shown(("a.md", "The Orion mirror is three times larger than Vega's.", "en"), ("b.md", "The Orion mirror is five times bigger than Vega's.", "en"));

        Assert.Single(findings);
    }

    [Fact]
    public void Multiples_of_two_other_things_do_not_conflict()
    {
        var findings = Shown(("a.md", "The Orion mirror is three times larger than Vega's.", "en"), ("b.md", "The Orion dome is five times bigger than Altair's.", "en"));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_multiple_of_something_else_is_no_size()
    {
        var findings = Shown(("a.md", "The Orion project won the award three times in a row.", "en"), ("b.md", "The Orion mirror is five times bigger than Vega's.", "en"));

        Assert.Empty(findings);
    }
}
