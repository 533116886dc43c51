using FactCheck.Kinds.Place;

namespace FactCheck.Core.Tests.Binding;

/// <summary>A place becomes a claim only where its sentence says that something is or happens there.</summary>
public sealed class PlaceBindingTests
{
    [Theory]
    [InlineData("The plan is to transfer the headquarters to Brussels.", "en", "headquarters", "Brussels")]
    [InlineData("The new NATO headquarters in Wiesbaden will coordinate deliveries.", "en", "headquarters", "Wiesbaden")]
    [InlineData("The command, based in Wiesbaden, opens in July.", "en", null, "Wiesbaden")]
    [InlineData("The command based in Wiesbaden opens in July.", "en", "command", "Wiesbaden")]
    [InlineData("The ministers' meeting in Brussels ends on Thursday.", "en", "meeting", "Brussels")]
    [InlineData("The race to the Washington summit has begun.", "en", "summit", "Washington")]
    [InlineData("Le quartier général de l'OTAN à Wiesbaden coordonnera les livraisons.", "fr", "headquarters", "Wiesbaden")]
    [InlineData("Le QG sera installé à Wiesbaden.", "fr", "headquarters", "Wiesbaden")]
    [InlineData("Il s'agit de transférer le quartier général vers Bruxelles.", "fr", "headquarters", "Brussels")]
    [InlineData("La réunion de Bruxelles s'est concentrée sur deux urgences.", "fr", "meeting", "Brussels")]
    [InlineData("Ils préparent un sommet des dirigeants à Washington.", "fr", "summit", "Washington")]
    [InlineData("Les pourparlers menés mardi à Moscou n'ont rien donné.", "fr", "talks", "Moscow")]
    [InlineData("Le bureau de Kiev sera renforcé.", "fr", "office", "Kyiv")]
    public void A_place_binds_to_what_its_sentence_locates_there(string text, string language, string? subject, string place)
    {
        var claim = Assert.Single(PlaceClaims(text, language), c => c.Place.Name == place);

        Assert.Equal(subject, claim.Claim.Subject);
        Assert.Equal(subject is null ? null : "location", claim.Claim.Attribute);
    }

    [Theory]
    [InlineData("A meeting in Geneva was cancelled.", "en")]
    [InlineData("Une réunion à Genève a été annulée.", "fr")]
    [InlineData("The meeting agreed to send weapons to Kyiv.", "en")]
    [InlineData("Lors d'une réunion des ministres, ils ont promis des armes à Kyiv pendant des années.", "fr")]
    [InlineData("Blinken, who will attend the meeting, spoke in Paris.", "en")]
    [InlineData("The headquarters will coordinate deliveries of arms to Ukraine.", "en")]
    [InlineData("Le siège de Kiev a duré des semaines.", "fr")]
    public void A_place_the_sentence_does_not_locate_anything_in_stays_unbound(string text, string language)
    {
        Assert.All(PlaceClaims(text, language), c => Assert.Null(c.Claim.Subject));
    }

    [Fact]
    public void Only_the_place_nearest_to_the_subject_is_bound_and_its_country_in_apposition_is_not()
    {
        var claims = PlaceClaims("Le quartier général sera construit à Wiesbaden, en Allemagne.", "fr");

        Assert.Equal("headquarters", claims.Single(c => c.Place.Name == "Wiesbaden").Claim.Subject);
        Assert.Null(claims.Single(c => c.Place.Name == "Germany").Claim.Subject);
    }

    private static List<PlaceClaim> PlaceClaims(string text, string language) => [.. TestText.Claims(TestText.Source(text, language)).OfType<PlaceClaim>()];
}
