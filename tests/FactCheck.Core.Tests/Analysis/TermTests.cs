using FactCheck.Analysis;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Analysis;

/// <summary>The content words of a text: elisions and clitics dropped, stop words and numbers left out, positions kept.</summary>
public sealed class TermTests
{
    private static List<string> Words(string language, string text) =>
        [.. TextAnalyzer.For(LanguagePacks.BuiltIn[language]!).Terms(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void An_elided_article_is_not_part_of_the_word()
    {
        var french = TextAnalyzer.For(LanguagePacks.BuiltIn["fr"]!);

        var terms = french.Terms("L'OTAN a réuni l’alliance à Bruxelles.");

        Assert.Equal(["OTAN", "réuni", "alliance", "Bruxelles"], Words("fr", "L'OTAN a réuni l’alliance à Bruxelles."));
        Assert.Equal(french.Stem("OTAN"), terms[0].Key);
    }

    [Fact]
    public void A_possessive_is_the_word_it_belongs_to()
    {
        var english = TextAnalyzer.For(LanguagePacks.BuiltIn["en"]!);

        var terms = english.Terms("The ferry's captain praised the crew's calm.");

        Assert.Equal(["ferry", "captain", "praised", "crew", "calm"], Words("en", "The ferry's captain praised the crew's calm."));
        Assert.Equal(english.Stem("ferry"), terms[0].Key);
    }

    [Fact]
    public void Stop_words_numbers_and_month_names_are_left_out()
    {
        var words = Words("en", "On 12 March 2021, the mayor said 157 people were evacuated.");

        Assert.Equal(["mayor", "people", "evacuated"], words);
    }

    [Fact]
    public void The_parts_of_a_hyphenated_word_are_words()
    {
        var words = Words("en", "The state-owned ferry left Lac-Mégantic.");

        Assert.Equal(["state", "owned", "ferry", "left", "Lac", "Mégantic"], words);
    }
}
