using FactCheck.Kinds.Place;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>Place names in English and French: every spelling read as one place, and names that are not places left alone.</summary>
public sealed class PlaceMentionTests
{
    [Theory]
    [InlineData("The office in Kiev was reinforced.", "en", "Kiev", "Kyiv")]
    [InlineData("The office in Kyiv was reinforced.", "en", "Kyiv", "Kyiv")]
    [InlineData("Le bureau de Kyïv sera renforcé.", "fr", "Kyïv", "Kyiv")]
    [InlineData("Les ministres se réunissent à Bruxelles.", "fr", "Bruxelles", "Brussels")]
    [InlineData("Ministers meet in Brussels.", "en", "Brussels", "Brussels")]
    [InlineData("Les pourparlers ont eu lieu à Moscou.", "fr", "Moscou", "Moscow")]
    [InlineData("Le siège sera construit en Allemagne.", "fr", "Allemagne", "Germany")]
    [InlineData("Les diplomates se sont retrouvés à Pékin.", "fr", "Pékin", "Beijing")]
    [InlineData("The talks were held in Peking in 1972.", "en", "Peking", "Beijing")]
    [InlineData("The office in Bombay closed.", "en", "Bombay", "Mumbai")]
    [InlineData("A depot near Rzeszów handles the deliveries.", "en", "Rzeszów", "Rzeszów")]
    [InlineData("A depot near Rzeszow handles the deliveries.", "en", "Rzeszow", "Rzeszów")]
    [InlineData("La Cour siège à La Haye.", "fr", "La Haye", "The Hague")]
    [InlineData("The court sits in The Hague.", "en", "The Hague", "The Hague")]
    [InlineData("Il vit en Côte d’Ivoire.", "fr", "Côte d’Ivoire", "Ivory Coast")]
    [InlineData("Ils se battent dans l’oblast de Donetsk.", "fr", "oblast de Donetsk", "Donetsk Oblast")]
    public void Every_spelling_and_translation_is_read_as_one_place(string text, string language, string written, string name)
    {
        var place = Assert.Single(Places(text, language));

        Assert.Equal(written, place.Text);
        Assert.Equal(name, place.Place.Name);
    }

    [Theory]
    [InlineData("The summit will be held in Washington in July.", "en", "washington")]
    [InlineData("Le sommet se tiendra à Washington en juillet.", "fr", "washington")]
    [InlineData("The company is based in Seattle, Washington.", "en", "US-WA")]
    [InlineData("Wildfires spread across Washington state.", "en", "US-WA")]
    [InlineData("Les incendies touchent l'État de Washington.", "fr", "US-WA")]
    public void Washington_is_the_city_unless_the_sentence_says_the_state(string text, string language, string id)
    {
        var places = Places(text, language);

        Assert.Equal(id, places.First(p => p.Place.Name.StartsWith("Washington", StringComparison.Ordinal)).Place.Id);
    }

    [Theory]
    [InlineData("Washington said it would send more air defence.", "en")]
    [InlineData("Kiev has urgent needs, the secretary general said.", "en")]
    [InlineData("Before the meeting he stressed that Kyiv had urgent needs.", "en")]
    [InlineData("Moscow warned the allies against the plan.", "en")]
    [InlineData("Kiev's needs are urgent.", "en")]
    [InlineData("Moscou a répondu par la menace.", "fr")]
    [InlineData("Stoltenberg a souligné que Kyiv avait des besoins urgents.", "fr")]
    [InlineData("Washington a annoncé de nouvelles sanctions.", "fr")]
    [InlineData("Berlin refuse de livrer des missiles.", "fr")]
    public void A_capital_standing_for_its_government_is_not_a_place(string text, string language)
    {
        Assert.Empty(Places(text, language));
    }

    [Theory]
    [InlineData("Nice work by the negotiators.", "en")]
    [InlineData("The parties agreed to split the cost.", "en")]
    [InlineData("Split decisions are rare.", "en")]
    [InlineData("Reading the report takes an hour.", "en")]
    [InlineData("Bath salts are not a weapon.", "en")]
    [InlineData("Orange raised its prices.", "fr")]
    [InlineData("Tours de table et réunions se succèdent.", "fr")]
    [InlineData("Paris Hilton arrived late.", "en")]
    [InlineData("Jordan Bardella a pris la parole.", "fr")]
    [InlineData("The editor of China Daily wrote back.", "en")]
    [InlineData("Austin Powers is a film.", "en")]
    public void A_name_that_is_also_a_common_word_or_a_person_is_not_a_place_without_a_place_cue(string text, string language)
    {
        Assert.Empty(Places(text, language));
    }

    [Theory]
    [InlineData("The festival opened in Nice.", "en", "Nice")]
    [InlineData("Le festival s'ouvre à Nice.", "fr", "Nice")]
    [InlineData("The port in Split was closed.", "en", "Split")]
    [InlineData("The office is in Reading, England.", "en", "Reading")]
    [InlineData("Le dépôt se trouve à Tours.", "fr", "Tours")]
    [InlineData("SHAPE is at Casteau, near Mons.", "en", "Mons")]
    public void The_same_names_are_places_after_a_place_cue(string text, string language, string name)
    {
        Assert.Contains(Places(text, language), p => p.Place.Name == name);
    }

    [Theory]
    [InlineData("The delegation flew from Atlanta, Georgia.", "en", "US-GA")]
    [InlineData("The delegation flew from Tbilisi, Georgia.", "en", "GE")]
    [InlineData("Troops were sent to Georgia.", "en", "GE")]
    [InlineData("La délégation est partie d’Atlanta, en Géorgie.", "fr", "US-GA")]
    [InlineData("Les troupes sont entrées en Géorgie.", "fr", "GE")]
    public void Georgia_is_the_country_unless_the_sentence_places_it_in_the_United_States(string text, string language, string id)
    {
        Assert.Contains(Places(text, language), p => p.Place.Id == id);
    }

    [Theory]
    [InlineData("The Brussels summit opened on Monday.", "en", "Brussels")]
    [InlineData("The NATO Brussels Summit opened.", "en", "Brussels")]
    [InlineData("Le sommet de Bruxelles s'est ouvert lundi.", "fr", "Brussels")]
    public void A_place_beside_the_word_for_an_event_is_a_place(string text, string language, string name)
    {
        Assert.Contains(Places(text, language), p => p.Place.Name == name);
    }

    [Theory]
    [InlineData("La Banque de France relève sa prévision.", "fr")]
    [InlineData("The Bank of England held rates.", "en")]
    [InlineData("Paris Saint-Germain won again.", "fr")]
    [InlineData("Air France cancelled flights.", "en")]
    [InlineData("Elle enseigne à l'Université de Montréal.", "fr")]
    [InlineData("He studied at the Université libre de Bruxelles.", "en")]
    [InlineData("Le Commandement européen des États-Unis coordonne l'aide.", "fr")]
    [InlineData("Il a tenu hier un meeting de La France insoumise.", "fr")]
    public void A_place_inside_the_name_of_an_organization_is_not_a_place(string text, string language)
    {
        Assert.Empty(Places(text, language));
    }

    [Theory]
    [InlineData("They met the US envoy.", "en", "United States")]
    [InlineData("They met the U.S. envoy.", "en", "United States")]
    [InlineData("Aux États-Unis, le débat continue.", "fr", "United States")]
    public void Initialisms_are_read_in_capitals_only(string text, string language, string name)
    {
        Assert.Equal(name, Assert.Single(Places(text, language)).Place.Name);
        Assert.Empty(Places("Join us in the debate.", "en"));
    }

    [Theory]
    [InlineData("Elle a grandi à Bondy.", "fr", "Bondy", "FR")]
    [InlineData("Il vit à Neuilly-sur-Seine depuis dix ans.", "fr", "Neuilly-sur-Seine", "FR")]
    [InlineData("The plant is in Des Plaines, Illinois.", "en", "Des Plaines", "US")]
    [InlineData("She was raised in Rovaniemi.", "en", "Rovaniemi", "FI")]
    public void Towns_the_hand_written_list_lacks_come_from_GeoNames_inside_their_country(string text, string language, string name, string country)
    {
        var town = Places(text, language).First().Place;

        Assert.Equal(name, town.Name);
        Assert.True(Gazetteer.Default.Find(country)!.Contains(town));
    }

    [Theory]
    [InlineData("Victoria said she would stay.", "en")]
    [InlineData("The West has warned Moscow.", "en")]
    [InlineData("Nous avons marché jusqu'au Nord sans rien voir.", "fr")]
    public void A_GeoNames_name_that_is_a_common_word_or_a_first_name_is_no_place_by_itself(string text, string language)
    {
        Assert.DoesNotContain(Places(text, language), p => p.Place.Id.All(char.IsDigit));
    }

    internal static List<PlaceMention> Places(string text, string language, Gazetteer? gazetteer = null)
    {
        var source = new PlaceMentionSource(gazetteer ?? Gazetteer.Default);
        return [.. SentenceSplitter.Default.Split(TestText.Source(text, language)).SelectMany(source.Find).Cast<PlaceMention>()];
    }
}
