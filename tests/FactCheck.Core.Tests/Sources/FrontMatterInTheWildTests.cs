using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Front matter as Jekyll, Hugo, Eleventy and newsroom exports write it: empty values, timestamps with zones, the keys
/// publishing tools use, locales, TOML and JSON. What FactCheck cannot use is a warning, and the file is still read.
/// </summary>
public sealed class FrontMatterInTheWildTests
{
    private const string Body = "The grid fund holds €5bn.\n";

    [Theory]
    [InlineData("date: null")]
    [InlineData("date: ~")]
    [InlineData("date:")]
    [InlineData("date: \"\"")]
    [InlineData("date: Null\nlanguage: ~\noutlet:\ntitle: null")]
    public void Null_tilde_and_empty_values_are_not_given(string yaml)
    {
        var document = Loaded.Document("a.md", $"---\n{yaml}\n---\n{Body}");

        Assert.Empty(document.Warnings);
        Assert.Null(document.Title);
        Assert.Null(document.Outlet);
        Assert.False(document.LanguageDeclared);
        Assert.NotEqual(DateOrigin.Declared, document.Date?.Origin);
        Assert.Single(document.ProseBlocks);
    }

    [Theory]
    [InlineData("date: 2024-04-02T10:15:00+02:00", "2024-04-02")]
    [InlineData("date: 2024-04-02T23:30:00-05:00", "2024-04-02")] // the day as written, not moved to UTC or to this machine's zone
    [InlineData("date: 2024-04-02 10:15", "2024-04-02")]
    [InlineData("date: \"2024-04-02 10:15:00 +0200\"", "2024-04-02")]
    [InlineData("pubDate: Tue, 02 Apr 2024 10:15:00 +0200", "2024-04-02")]
    [InlineData("published: 2024-04-02", "2024-04-02")]
    [InlineData("publishDate: 2024-04-02", "2024-04-02")]
    [InlineData("lastmod: 2024-05-01\ndate: 2024-04-02", "2024-04-02")]
    [InlineData("lastmod: 2024-05-01", "2024-05-01")]
    [InlineData("Date: 2024-04-02", "2024-04-02")]
    public void Dates_are_read_under_the_keys_and_in_the_forms_sites_use(string yaml, string iso)
    {
        var document = Loaded.Document("a.md", $"---\n{yaml}\n---\n{Body}");

        Assert.Equal(iso, document.Date?.Iso);
        Assert.Equal(DateOrigin.Declared, document.Date?.Origin);
    }

    [Theory]
    [InlineData("lang: fr", "fr")]
    [InlineData("locale: fr-FR", "fr")]
    [InlineData("language: en_GB", "en")]
    [InlineData("language: EN-us", "en")]
    public void Lang_and_locale_give_the_language(string yaml, string language)
    {
        var document = Loaded.Document("a.md", $"---\n{yaml}\n---\n{Body}");

        Assert.Equal(language, document.Language.Code);
        Assert.True(document.LanguageDeclared);
    }

    [Theory]
    [InlineData("date: yesterday", 3, "date 'yesterday' is not a date FactCheck can read")]
    [InlineData("date: 2024-02-30", 3, "date '2024-02-30'")]
    [InlineData("date: 0000-01-01", 3, "date '0000-01-01'")]
    [InlineData("date: April 2024", 3, "date 'April 2024'")]
    [InlineData("language: de", 3, "language 'de' is not a language FactCheck reads")]
    [InlineData("role: editor", 3, "role 'editor' is not one of reference, draft")]
    public void A_value_FactCheck_cannot_use_is_a_warning_and_the_file_is_read_without_it(string yaml, int line, string message)
    {
        var document = Loaded.Document("a.md", $"---\ntitle: Fund\n{yaml}\n---\n{Body}");

        var warning = Assert.Single(document.Warnings);
        Assert.Equal(("a.md", line), (warning.Path, warning.Line));
        Assert.Contains(message, warning.Message, StringComparison.Ordinal);
        Assert.Equal("Fund", document.Title);
        Assert.Single(document.ProseBlocks);
    }

    [Fact]
    public void An_unreadable_date_falls_back_to_the_next_key_that_dates_the_article()
    {
        var document = Loaded.Document("a.md", $"---\ndate: soon\nlastmod: 2024-05-01\n---\n{Body}");

        Assert.Equal("2024-05-01", document.Date?.Iso);
        Assert.Single(document.Warnings);
    }

    [Fact]
    public void Toml_front_matter_is_read_and_never_taken_for_prose()
    {
        var markdown = "+++\ntitle = \"Grid fund\"\ndate = 2024-04-02T10:15:00+02:00\nlang = \"fr\"\ntags = [\"energy\"]\n[params]\noutlet = \"not this one\"\n+++\n\n" + Body;

        var document = Loaded.Document("a.md", markdown);

        Assert.Equal(("Grid fund", "2024-04-02", "fr", null), (document.Title, document.Date?.Iso, document.Language.Code, document.Outlet));
        Assert.Equal(["The grid fund holds €5bn."], Loaded.Prose(document));
        Assert.Equal("€5bn", Loaded.OriginalOf(document, "€5bn"));
    }

    [Fact]
    public void Json_front_matter_is_read_and_never_taken_for_prose()
    {
        var markdown = "{\n  \"title\": \"Grid fund\",\n  \"date\": \"2024-04-02\",\n  \"draft\": false,\n  \"tags\": [\"energy\"],\n  \"outlet\": null\n}\n\n" + Body;

        var document = Loaded.Document("a.md", markdown);

        Assert.Equal(("Grid fund", "2024-04-02", null), (document.Title, document.Date?.Iso, document.Outlet));
        Assert.Equal(["The grid fund holds €5bn."], Loaded.Prose(document));
        Assert.Equal("€5bn", Loaded.OriginalOf(document, "€5bn"));
    }

    [Fact]
    public void A_warning_in_toml_front_matter_names_its_line_in_the_file()
    {
        var document = Loaded.Document("a.md", "+++\ntitle = \"Fund\"\n\ndate = \"soon\"\n+++\n" + Body);

        Assert.Equal(4, Assert.Single(document.Warnings).Line);
    }

    [Fact]
    public void A_long_toml_front_matter_is_not_mistaken_for_nested_markdown()
    {
        var markdown = "+++\ndescription = \"" + new string('x', 500) + "\"\n+++\n" + Body;

        var document = Loaded.Document("a.md", markdown);

        Assert.Single(document.ProseBlocks);
    }
}
