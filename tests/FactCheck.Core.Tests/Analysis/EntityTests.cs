using FactCheck.Analysis;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>Capitalised sequences read as candidate names, told apart from a capital that only opens a sentence.</summary>
public sealed class EntityTests
{
    /// <summary>The names read in a sentence, leaving out a single word in doubt because it opens the sentence.</summary>
    private static List<string> Names(string language, string sentence) =>
        [.. TextAnalyzer.For(LanguagePacks.BuiltIn[language]!).Entities(sentence).Where(e => !e.AtSentenceStart || e.Words.Length > 1).Select(e => e.Text)];

    [Theory]
    [InlineData("en", "Karl Lagerfeld died in Paris on Tuesday, Chanel said.", new[] { "Karl Lagerfeld", "Paris", "Chanel" })]
    [InlineData("en", "Shares of Air France and WhatsApp rose.", new[] { "Air France", "WhatsApp" })]
    [InlineData("en", "Rates were raised by the Bank of England.", new[] { "Bank of England" })]
    [InlineData("en", "Mr Smith met Dr Weber in The Hague.", new[] { "Smith", "Weber", "Hague" })]
    [InlineData("fr", "Le train a déraillé à Lac-Mégantic, selon la Sûreté du Québec.", new[] { "Lac-Mégantic", "Sûreté du Québec" })]
    [InlineData("fr", "L'OTAN et l’Union européenne ont répondu à M. Macron.", new[] { "OTAN", "Union", "Macron" })]
    [InlineData("fr", "Il est né en Côte d'Ivoire.", new[] { "Côte d'Ivoire" })]
    public void Capitalised_sequences_are_names(string language, string sentence, string[] expected) =>
        Assert.Equal(expected, Names(language, sentence));

    [Fact]
    public void A_name_has_a_folded_key_and_its_words()
    {
        var name = Assert.Single(TextAnalyzer.For(LanguagePacks.BuiltIn["fr"]!).Entities("Des pluies ont touché Lac-Mégantic."));

        Assert.Equal("lac megantic", name.Key);
        Assert.Equal(["Lac", "Mégantic"], name.Words.ToArray());
    }

    [Theory]
    [InlineData("en", "Shares of Karl  Lagerfeld rose.", "karl lagerfeld")]
    [InlineData("fr", "Il est né en Côte d’Ivoire.", "cote d ivoire")]
    [InlineData("fr", "Ils ont rejoint Saint-Jean-sur-Richelieu.", "saint jean sur richelieu")]
    [InlineData("en", "Shares of ΕΛΛΑΚΤΩΡ  Group rose.", "ελλακτωρ group")]
    public void A_name_key_has_one_space_between_its_words_and_parts(string language, string sentence, string key)
    {
        // The sentence's last name: a capitalised word opening it may be read as one too.
        var name = TextAnalyzer.For(LanguagePacks.BuiltIn[language]!).Entities(sentence)[^1];

        Assert.Equal(key, name.Key);
    }

    [Theory]
    [InlineData("en", "Investors sold their shares.", true)]
    [InlineData("en", "Shares of Air France rose.", true)]
    [InlineData("en", "Yesterday Smith resigned.", true)]
    [InlineData("en", "Mr Smith resigned.", false)]
    [InlineData("en", "Lagerfeld designed for Chanel.", true)]
    [InlineData("en", "WhatsApp was bought by Facebook.", false)]
    [InlineData("fr", "Le couturier Karl Lagerfeld est mort.", false)]
    public void Only_a_single_word_opening_the_sentence_is_in_doubt(string language, string sentence, bool inDoubt)
    {
        var first = TextAnalyzer.For(LanguagePacks.BuiltIn[language]!).Entities(sentence)[0];

        Assert.Equal(inDoubt, first.AtSentenceStart);
    }

    [Theory]
    [InlineData("en", "Yesterday the council voted.")]
    [InlineData("en", "The council met on Monday.")]
    [InlineData("fr", "Selon le maire, la route reste fermée.")]
    public void Stop_words_and_day_names_are_no_names(string language, string sentence) => Assert.Empty(Names(language, sentence));

    [Theory]
    [InlineData("Facebook Completes Deal For Photo Sharing Start-Up")]
    [InlineData("OIL TRAIN EXPLODES IN QUEBEC TOWN")]
    public void A_title_in_capitals_or_title_case_gives_no_names(string title) => Assert.Empty(Names("en", title));

    /// <summary>"dʼ" (with the modifier apostrophe, a letter to the tokens) ending a sentence is a word of elision alone: it was read past the text.</summary>
    [Theory]
    [InlineData("Le séisme a fait 12 morts à Lyon, selon Jean dʼ")]
    [InlineData("Selon Jean dʼ, il y a 12 morts.")]
    public void A_word_of_elision_alone_is_read_without_failing(string sentence) =>
        Assert.Contains("Jean", TextAnalyzer.For(LanguagePacks.BuiltIn["fr"]!).Entities(sentence).Select(e => e.Text));
}
