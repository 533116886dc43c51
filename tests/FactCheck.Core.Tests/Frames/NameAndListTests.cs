using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A measure word inside a proper name ("le pic Blanc") is no measure; a name after a comma with a figure of its own heads
/// the next member of a list ("X 20 millions de voix, Y 10 millions"), not the complement of the measure before it.
/// </summary>
public sealed class NameAndListTests
{
    [Fact]
    public void A_measure_word_written_as_part_of_a_name_is_not_the_measure()
    {
        var height = Assert.Single(Claims(Source("Le pic Blanc mesure 3 210 mètres.", "fr"))).Frame.Measure?.Key;
        var lowerCase = Assert.Single(Claims(Source("Le pic blanc mesure 3 210 mètres.", "fr"))).Frame.Measure?.Key;

        Assert.NotEqual("blank-votes", height);
        Assert.Equal("blank-votes", lowerCase);
    }

    [Fact]
    public void An_acronym_is_no_name()
    {
        var measures = Claims(Source("The blast equalled three kilotons of TNT.", "en")).Select(c => c.Frame.Measure?.Key).ToList();

        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.NotNull(m));
    }

    [Fact]
    public void The_next_member_of_a_list_of_results_is_not_the_complement_of_the_figure_before()
    {
        var findings = Shown(("a.md", "Anna Berg a recueilli 12.400.000 voix, Karl Moss 8.100.000 suffrages.", "fr"),
            ("b.md", "Karl Moss a obtenu près de 8,1 millions de voix.", "fr"));

        Assert.Empty(findings);
    }
}
