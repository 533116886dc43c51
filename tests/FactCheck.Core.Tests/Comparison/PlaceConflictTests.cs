using FactCheck.Comparison;
using FactCheck.Kinds.Place;

namespace FactCheck.Core.Tests.Comparison;

/// <summary>place-conflict: one thing located in two places neither of which contains the other, across sources.</summary>
public sealed class PlaceConflictTests
{
    [Theory]
    [InlineData("The plan moves the headquarters to Brussels.", "en", "Le quartier général sera construit à Wiesbaden.", "fr")]
    [InlineData("Le QG de l'OTAN sera installé à Bruxelles.", "fr", "The new headquarters in Wiesbaden opens in July.", "en")]
    public void One_headquarters_in_Brussels_and_in_Wiesbaden_is_a_conflict_that_names_both_places(string first, string firstLanguage, string second, string secondLanguage)
    {
        var finding = Assert.Single(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));

        Assert.Equal("place-conflict", finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(("headquarters", "location"), (finding.Subject, finding.Attribute));
        Assert.Equal(["Brussels (Belgium)", "Wiesbaden (Germany)"], finding.Values.Select(v => v.Display));
        Assert.Equal("The sources disagree on where the headquarters is: Brussels (Belgium, 1 source) vs Wiesbaden (Germany, 1 source). Neither place contains the other.", finding.Message);
    }

    [Theory]
    [InlineData("The headquarters will be in Wiesbaden.", "en", "Le quartier général sera installé en Allemagne.", "fr")]
    [InlineData("The office in Kiev will grow.", "en", "Le bureau de Kyiv sera renforcé.", "fr")]
    [InlineData("The ministers' meeting in Brussels starts today.", "en", "La réunion de Bruxelles commence aujourd'hui.", "fr")]
    [InlineData("The summit in Washington is in July.", "en", "Le sommet de Washington aura lieu en juillet.", "fr")]
    public void A_place_and_what_contains_it_or_another_spelling_of_it_agree(string first, string firstLanguage, string second, string secondLanguage)
    {
        Assert.Empty(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));
    }

    [Theory]
    [InlineData("The painter was born in Bondy.", "en", "Le peintre est né à Marseille.", "fr")]
    [InlineData("The old singer died in Neuilly-sur-Seine on Tuesday.", "en", "Le chanteur est mort mardi à Lyon.", "fr")]
    [InlineData("The singer died at the Seaview Clinic, Valletta.", "en", "The singer died at the Harbourside Hospice.", "en")]
    public void A_locative_predicate_with_two_places_neither_containing_the_other_is_a_conflict(string first, string firstLanguage, string second, string secondLanguage)
    {
        Assert.Single(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));
    }

    [Theory]
    [InlineData("The painter was born in Bondy.", "en", "Le peintre est né en France.", "fr")]
    [InlineData("The singer died at the Seaview Clinic.", "en", "The singer died in Valletta.", "en")]
    [InlineData("The singer died at the Seaview Clinic, Valletta.", "en", "Le chanteur est mort à Malte.", "fr")]
    public void A_town_and_its_country_or_a_site_and_its_town_agree(string first, string firstLanguage, string second, string secondLanguage)
    {
        Assert.Empty(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));
    }

    [Fact]
    public void A_side_shows_what_contains_what()
    {
        var finding = Assert.Single(Places(
            Source("a.md", "The headquarters moves to Brussels.", "en"),
            Source("b.md", "The headquarters will be built in Wiesbaden.", "en"),
            Source("c.md", "Le QG sera installé en Allemagne.", "fr")));

        var germany = finding.Values.Single(v => v.Display == "Wiesbaden (Germany)");
        Assert.Equal(["Wiesbaden", "Germany"], germany.Claims.Cast<PlaceClaim>().Select(c => c.Place.Name));
        Assert.Contains("Wiesbaden (Germany, 2 sources; Germany contains Wiesbaden)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_containing_both_sides_takes_no_side()
    {
        var finding = Assert.Single(Places(
            Source("a.md", "The headquarters moves to Brussels.", "en"),
            Source("b.md", "The headquarters will be built in Wiesbaden.", "en"),
            Source("c.md", "The headquarters will stay in Europe.", "en")));

        Assert.DoesNotContain(finding.Values.SelectMany(v => v.Claims).Cast<PlaceClaim>(), c => c.Place.Name == "Europe");
    }

    [Fact]
    public void One_source_naming_two_places_is_not_a_disagreement_between_sources()
    {
        Assert.Empty(Places(Source("a.md", "The headquarters moves to Brussels. Later the headquarters moves to Wiesbaden.", "en")));
    }

    [Theory]
    [InlineData("La chanteuse Marie Dubois s'est éteinte jeudi à l'âge de 96 ans, a annoncé le palais de Monaco.", "fr", "The singer Marie Dubois died at 96 on Thursday, ending her long rule over Norway.", "en")]
    [InlineData("The singer Marie Dubois died at 96, said the palace of Monaco.", "en", "The singer Marie Dubois died at 96 on Thursday, ending her long rule over Norway.", "en")]
    public void A_place_near_a_locative_predicate_but_not_its_complement_is_not_where_the_event_happened(string first, string firstLanguage, string second, string secondLanguage)
    {
        Assert.Empty(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));
    }

    [Theory]
    [InlineData("Le peintre Jean Mabire n'est pas né à Bondy, il y a grandi.", "fr", "Le peintre Jean Mabire est né à Paris.", "fr")]
    [InlineData("The painter Jean Mabire was not born in Bondy.", "en", "The painter Jean Mabire was born in Paris.", "en")]
    public void A_denied_birthplace_does_not_take_a_side(string first, string firstLanguage, string second, string secondLanguage)
    {
        Assert.Empty(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));
    }

    [Theory]
    [InlineData("The first Martin bakery opened on 3 May 1950 in Lyon.", "In 1962, the Martin bakery was opened by the two sisters Anne and Claire Martin in Nantes.")]
    [InlineData("The Martin bakery opened in Lyon in 1950.", "In 1962, the Martin bakery was opened by the two sisters Anne and Claire Martin in Nantes.")]
    public void Openings_in_two_places_on_dates_that_differ_are_two_events(string first, string second)
    {
        Assert.Empty(Places(Source("a.md", first, "en"), Source("b.md", second, "en")));
    }

    [Fact]
    public void Openings_in_two_places_in_one_year_still_conflict()
    {
        Assert.Single(Places(
            Source("a.md", "The first Martin bakery opened on 3 May 1950 in Lyon.", "en"),
            Source("b.md", "In 1950, the first Martin bakery was opened by the two sisters Anne and Claire Martin in Nantes.", "en")));
    }

    [Theory]
    [InlineData("Le peintre Jean Mabire parle souvent de Bondy, la ville où il a vu le jour.", "fr", "Le peintre Jean Mabire est né à Lyon.", "fr")]
    [InlineData("The painter Jean Mabire often speaks of Bondy, the town where he was born.", "en", "Le peintre Jean Mabire est né à Lyon.", "fr")]
    [InlineData("Depuis 2016, le peintre Jean Mabire parle souvent de Bondy, la ville où il est né.", "fr", "Le peintre Jean Mabire est né en 1950 à Lyon.", "fr")]
    public void A_place_whose_apposition_tells_a_birth_is_a_birthplace(string first, string firstLanguage, string second, string secondLanguage)
    {
        var finding = Assert.Single(Places(Source("a.md", first, firstLanguage), Source("b.md", second, secondLanguage)));

        Assert.Equal(["Lyon (France)", "Bondy (France)"], finding.Values.Select(v => v.Display).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("Le peintre Jean Mabire parle souvent de Bondy, la ville où il a grandi.")]
    [InlineData("Le peintre Jean Mabire parle souvent de Bondy, la ville où, dit-on, son père est né.")]
    public void A_place_whose_apposition_tells_no_birth_of_its_own_is_no_birthplace(string first)
    {
        Assert.Empty(Places(Source("a.md", first, "fr"), Source("b.md", "Le peintre Jean Mabire est né à Lyon.", "fr")));
    }

    [Theory]
    [InlineData("Le chanteur Paul Marchand a succombé à une crise cardiaque, dans une villa du quartier de Val Fleuri.", "fr")]
    [InlineData("The singer Paul Marchand died on Sunday, at the Harbourside Hospice.", "en")]
    public void A_locative_complement_after_a_comma_says_where_the_event_happened(string first, string language)
    {
        Assert.Single(Places(Source("a.md", first, language), Source("b.md", "The singer Paul Marchand died at the Seaview Clinic.", "en")));
    }

    [Theory]
    [InlineData("Le chanteur Paul Marchand est mort d'un cancer, et sa veuve vit à Val Fleuri.")]
    [InlineData("Le chanteur Paul Marchand pose tout sourire dans la Vallée de la Mort, en Californie.")]
    public void A_place_after_a_comma_that_opens_another_clause_is_not_where_the_event_happened(string first)
    {
        Assert.Empty(Places(Source("a.md", first, "fr"), Source("b.md", "The singer Paul Marchand died in Lyon.", "en")));
    }

    [Theory]
    [InlineData("Le peintre Jean Mabire travaillait alors dans sa maison de Nantes.", "fr")]
    [InlineData("Le peintre Jean Mabire recevait ses amis dans la résidence qu'il occupait, dans les collines de Nantes.", "fr")]
    [InlineData("The painter Jean Mabire spent the winter at his home in Nantes, his agent said.", "en")]
    public void A_home_in_two_places_neither_containing_the_other_is_a_conflict(string first, string language)
    {
        var finding = Assert.Single(Places(Source("a.md", first, language), Source("b.md", "The painter Jean Mabire painted at his home in Lyon.", "en")));

        Assert.Equal(("residence", "location"), (finding.Subject, finding.Attribute));
    }

    [Theory]
    [InlineData("The painter Jean Mabire saw home prices rise in Nantes.")]
    [InlineData("The painter Jean Mabire left his home and travelled for a year in Nantes.")]
    [InlineData("Le peintre Jean Mabire a été reçu à la Maison Blanche à Washington.")]
    [InlineData("Le peintre Jean Mabire est sorti de sa maison du hameau, à 12 kilomètres de Nantes.")]
    public void A_place_that_a_home_word_does_not_open_is_no_residence(string first)
    {
        Assert.Empty(Places(Source("a.md", first, first.StartsWith("Le ", StringComparison.Ordinal) ? "fr" : "en"), Source("b.md", "The painter Jean Mabire painted at his home in Lyon.", "en")));
    }

    [Theory]
    [InlineData("Le chanteur Paul Marchand est mort mardi dans sa maison de Neuilly-sur-Seine.", "fr")]
    [InlineData("The singer Paul Marchand died on Sunday at his home in Neuilly-sur-Seine.", "en")]
    public void A_home_where_someone_died_is_the_place_of_the_death(string first, string language)
    {
        var finding = Assert.Single(Places(Source("a.md", first, language), Source("b.md", "The singer Paul Marchand died in Lyon.", "en")));

        Assert.Equal("place-of-death", finding.Subject);
    }

    private static Finding[] Places(params FactCheck.Sources.SourceDocument[] sources) => [.. TestText.Findings(sources).Where(f => f.Rule == "place-conflict")];

    private static FactCheck.Sources.SourceDocument Source(string id, string text, string language) => TestText.Source(text, language, id);
}
