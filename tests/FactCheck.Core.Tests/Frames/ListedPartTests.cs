using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A figure that a list in its sentence shows to be one part of a whole — a share given to one of several recipients, one
/// component of a price paid in several, the cars of a count that also has lorries — is never compared with the whole.
/// </summary>
public sealed class ListedPartTests
{
    private const string Fine = "Le groupe Norvex versera une amende de 2,4 milliards d'euros pour clore l'enquête.";

    [Fact]
    public void Shares_given_to_several_recipients_are_parts_of_the_sum()
    {
        var shares = Shown(("a.md", Fine, "fr"),
            ("b.md", "Le tribunal a annoncé que Norvex versera 1,3 milliard d'euros d'amende à la France, 700 millions à l'Espagne et 400 millions au Portugal.", "fr"));
        var whole = Shown(("a.md", Fine, "fr"),
            ("b.md", "Le tribunal a annoncé que Norvex versera 1,3 milliard d'euros d'amende à la France.", "fr"));

        Assert.Empty(shares);
        Assert.Contains("€1.3bn", Assert.Single(whole).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cash_paid_beside_shares_is_a_component_of_the_price()
    {
        const string price = "Halvard bought the start-up Skyloft for $3bn.";
        var component = Shown(("a.md", price, "en"), ("b.md", "Halvard paid $1.2bn in cash and 40 million shares for Skyloft.", "en"));
        var whole = Shown(("a.md", price, "en"), ("b.md", "Halvard paid $1.2bn in cash and shares for Skyloft.", "en"));

        Assert.Empty(component);
        Assert.Contains("$1.2bn", Assert.Single(whole).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cars_listed_beside_lorries_are_part_of_the_vehicles()
    {
        const string vehicles = "L'effondrement du pont de Sarvan a entraîné une quarantaine de véhicules dans le vide.";
        var part = Shown(("a.md", vehicles, "fr"), ("b.md", "Le pont de Sarvan s'est effondré, entraînant une trentaine de voitures et plusieurs camions.", "fr"));
        var all = Shown(("a.md", vehicles, "fr"), ("b.md", "Le pont de Sarvan s'est effondré, entraînant une trentaine de voitures.", "fr"));

        Assert.Empty(part);
        Assert.Single(all);
    }

    [Fact]
    public void Cars_listed_beside_a_related_measure_are_part_of_the_vehicles()
    {
        // "poids lourds" is the trucks measure, related to vehicles in concepts.yml: the cars are a part all the same.
        Assert.Empty(Shown(("a.md", "L'effondrement du pont de Sarvan a entraîné une quarantaine de véhicules dans le vide.", "fr"),
            ("b.md", "Le pont de Sarvan s'est effondré, entraînant une trentaine de voitures et plusieurs poids lourds.", "fr")));
    }

    [Fact]
    public void Cash_paid_beside_the_equivalent_in_shares_is_a_component()
    {
        var findings = Shown(("a.md", "Halvard a racheté la start-up Skyloft pour 3 milliards de dollars.", "fr"),
            ("b.md", "Halvard a déboursé 1,2 milliard de dollars en numéraire et l'équivalent de 1,8 milliard de dollars en actions pour Skyloft.", "fr"));

        Assert.Empty(findings);
    }
}
