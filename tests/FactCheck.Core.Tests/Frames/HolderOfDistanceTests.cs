using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// Whose a distance or a height is: not the place it is counted from ("de la Terre"), but the thing it is given to, even
/// as the compared figure of a sentence ("contre 900 000 km pour Kestrel"); a height above the ground is no length of a collapse.
/// </summary>
public sealed class HolderOfDistanceTests
{
    [Fact]
    public void The_place_a_distance_is_counted_from_is_not_its_holder()
    {
        var findings = Shown(("a.md", "Le télescope Orvel sera placé à 1,5 million de kilomètres de la Terre.", "fr"),
            ("b.md", "Le télescope Kestrel est situé à 600 000 km de la Terre.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_compared_figure_given_to_a_name_of_its_own_is_that_names_figure()
    {
        var findings = Shown(("a.md", "Le télescope Orvel sera placé à 1,5 million de kilomètres de la Terre, contre 900 000 km pour Kestrel.", "fr"),
            ("b.md", "Le télescope Kestrel est situé à 600 000 km de la Terre.", "fr"));

        Assert.Contains("900,000 km", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_height_above_the_ground_is_no_length_of_the_collapse()
    {
        var findings = Shown(("a.md", "Le viaduc de Sarvan, qui passe à 45 mètres au-dessus du sol, s'est effondré sur près de 200 mètres.", "fr"),
            ("b.md", "Le viaduc de Sarvan s'est effondré sur plus de 200 mètres.", "fr"));

        Assert.Empty(findings);
    }
}
