using FactCheck.Kinds.Money;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The words that send a sentence to the money recognizer are the nouns of its currency names: the last word in English
/// ("Swiss franc"), the first in French ("franc suisse"), never the country or the adjective that a sentence about anything
/// may hold beside a number.
/// </summary>
public sealed class RecognizerVocabularyTests
{
    [Theory]
    [InlineData("en", "franc")]
    [InlineData("en", "rupees")]
    [InlineData("en", "yen")]
    [InlineData("fr", "franc")]
    [InlineData("fr", "couronne")]
    [InlineData("fr", "roupies")]
    [InlineData("fr", "dollar")]
    public void The_noun_of_a_currency_name_is_in_the_vocabulary(string language, string word) =>
        Assert.Contains(word, (IReadOnlySet<string>)RecognizersTextSource.VocabularyOf(LanguagePacks.BuiltIn[language]!));

    [Theory]
    [InlineData("en", "swiss")]
    [InlineData("en", "united")]
    [InlineData("fr", "suisse")]
    [InlineData("fr", "américain")]
    [InlineData("fr", "japonais")]
    [InlineData("fr", "unis")]
    [InlineData("fr", "nouveau")]
    public void Countries_and_adjectives_of_currency_names_are_not(string language, string word) =>
        Assert.DoesNotContain(word, (IReadOnlySet<string>)RecognizersTextSource.VocabularyOf(LanguagePacks.BuiltIn[language]!));
}
