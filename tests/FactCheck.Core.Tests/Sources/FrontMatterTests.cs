using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A Markdown file's YAML front matter gives the source's title, date, language, outlet and role.</summary>
public sealed class FrontMatterTests
{
    [Fact]
    public void Every_key_of_the_front_matter_is_read()
    {
        var markdown = "---\ntitle: NATO fund agreed\ndate: 2024-04-02\nlanguage: fr\noutlet: Le Monde\nrole: draft\n---\nLe fonds est prêt.\n";

        var document = Loaded.Document("news.md", markdown);

        Assert.Equal("NATO fund agreed", document.Title);
        Assert.Equal(new SourceDate(2024, 4, 2, DateOrigin.Declared), document.Date);
        Assert.Equal("fr", document.Language.Code);
        Assert.True(document.LanguageDeclared);
        Assert.Equal("Le Monde", document.Outlet);
        Assert.Equal(SourceRole.Draft, document.Role);
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-04", "2024-04")]
    [InlineData("2024-04-02", "2024-04-02")]
    [InlineData("'2024-04-02'", "2024-04-02")]
    [InlineData("2024-04-02T09:30:00Z", "2024-04-02")]
    [InlineData("2024-04-02 09:30", "2024-04-02")]
    public void A_date_may_be_partial_and_a_time_is_ignored(string written, string iso)
    {
        var document = Loaded.Document("news.md", $"---\ndate: {written}\n---\nText.\n");

        Assert.Equal(iso, document.Date?.Iso);
        Assert.Equal(DateOrigin.Declared, document.Date?.Origin);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    public void A_declared_language_is_read_in_lower_case(string written, string expected)
    {
        var document = Loaded.Document("news.md", $"---\nlanguage: {written}\n---\nThe fund holds €5bn.\n");

        Assert.Equal(expected, document.Language.Code);
        Assert.True(document.LanguageDeclared);
    }

    [Theory]
    [InlineData("draft", SourceRole.Reference, SourceRole.Draft)]
    [InlineData("reference", SourceRole.Draft, SourceRole.Reference)]
    public void A_declared_role_wins_over_the_role_the_source_is_loaded_as(string written, SourceRole loadedAs, SourceRole expected)
    {
        var document = Loaded.Document("news.md", $"---\nrole: {written}\n---\nText.\n", loadedAs);

        Assert.Equal(expected, document.Role);
    }

    [Fact]
    public void Without_front_matter_the_source_keeps_the_role_it_is_loaded_as_and_has_no_title()
    {
        var document = Loaded.Document("news.md", "# Heading\n\nText.\n", SourceRole.Draft);

        Assert.Equal(SourceRole.Draft, document.Role);
        Assert.Null(document.Title);
        Assert.Null(document.Outlet);
        Assert.False(document.LanguageDeclared);
    }

    [Fact]
    public void Keys_FactCheck_does_not_use_are_ignored()
    {
        var document = Loaded.Document("news.md", "---\ntitle: Fund\nauthor: J. Smith\ntags: [nato, defence]\n---\nText.\n");

        Assert.Equal("Fund", document.Title);
    }

    [Fact]
    public void A_plain_text_file_has_no_front_matter()
    {
        var document = Loaded.Document("news.txt", "---\ntitle: Fund\n---\nText.\n");

        Assert.Null(document.Title);
        Assert.Contains("title: Fund", Loaded.Prose(document)[0], StringComparison.Ordinal);
    }
}
