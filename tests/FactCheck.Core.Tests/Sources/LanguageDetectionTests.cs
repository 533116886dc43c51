namespace FactCheck.Core.Tests.Sources;

/// <summary>A source that does not declare its language is read as English or French from its words; a declared language wins.</summary>
public sealed class LanguageDetectionTests
{
    private const string English = "NATO allies agreed on Tuesday to set up a fund that will be worth €100bn, the secretary general said in a statement.";
    private const string French = "Les alliés de l’OTAN se sont mis d’accord mardi sur un fonds qui est doté de 100 milliards d’euros, a déclaré le secrétaire général dans un communiqué.";

    [Theory]
    [InlineData("news.md", English, "en")]
    [InlineData("news.txt", English, "en")]
    [InlineData("news.md", French, "fr")]
    [InlineData("news.txt", French, "fr")]
    public void An_undeclared_language_is_detected_from_the_prose(string id, string text, string expected)
    {
        var document = Loaded.Document(id, text);

        Assert.Equal(expected, document.Language.Code);
        Assert.False(document.LanguageDeclared);
    }

    [Fact]
    public void French_words_in_code_do_not_make_an_english_article_french()
    {
        var markdown = English + "\n\n```\nLe fonds est doté de 100 milliards pour les pays de la région et des alliés.\nLe fonds est dans les mains des alliés.\n```\n";

        var document = Loaded.Document("news.md", markdown);

        Assert.Equal("en", document.Language.Code);
    }

    [Theory]
    [InlineData("en", French)]
    [InlineData("fr", English)]
    public void A_declared_language_wins_over_the_words(string declared, string text)
    {
        var document = Loaded.Document("news.md", $"---\nlanguage: {declared}\n---\n{text}\n");

        Assert.Equal(declared, document.Language.Code);
        Assert.True(document.LanguageDeclared);
    }
}
