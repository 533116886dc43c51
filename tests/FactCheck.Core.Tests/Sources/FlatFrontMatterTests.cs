using FactCheck.Languages;
using FactCheck.Inputs;
using FactCheck.Sources;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// The quick reader of flat front matter gives exactly what YamlDotNet gives, and leaves to YamlDotNet every form it does not
/// read itself: a file's title, date and language never depend on which of the two read it.
/// </summary>
public sealed class FlatFrontMatterTests
{
    [Theory]
    [InlineData("title: \"BAHIA COCOA REVIEW\"\ndate: 1987-02-26\nlanguage: en\noutlet: \"Reuters\"\nsource: \"reuters:reut2-000.sgm#NEWID=1\"")]
    [InlineData("title: Affaire Traoré: deux versions\n")]
    [InlineData("date: 2024-04-02            # ISO date; only when known\nlanguage: fr")]
    [InlineData("title: 'L’OTAN et le fonds'\nrole: draft")]
    [InlineData("title: C# in depth\nempty:\nnothing: null")]
    [InlineData("# a comment\n\ntitle: \"Quoted: with a colon\"  # and a comment")]
    [InlineData("title: \"BAKER SAYS REAGAN TO MEET PRESS \\\"VERY SOON\\\"\"\nlanguage: en")]
    [InlineData("title: \"\\\"BRITANNIA\\\" COIN\"")]
    [InlineData("title: \"A \\\\ backslash, a \\\" quote\"  # and a comment")]
    public void A_flat_front_matter_reads_as_YamlDotNet_reads_it(string yaml)
    {
        var flat = FlatFrontMatter.TryRead(yaml);

        if (yaml.StartsWith("title: Affaire", StringComparison.Ordinal))
        {
            Assert.Null(flat); // ": " in a plain value is YAML's error to report
            return;
        }
        Assert.NotNull(flat);
        Assert.Equal(WithYamlDotNet(yaml), flat.Select(e => (e.Key, (string?)e.Value, e.Line)).ToList());
    }

    [Theory]
    [InlineData("tags:\n  - nato\n  - fund")]
    [InlineData("title: \"A \\ttab escaped\"")]
    [InlineData("title: \"An \\u00e9 escaped\"")]
    [InlineData("title: \"Ends in an escape \\\"")]
    [InlineData("title: 'It''s here'")]
    [InlineData("title: [a, b]")]
    [InlineData("title: a\ntitle: b")]
    [InlineData("author:\n  name: Ann")]
    [InlineData("title: &anchor value")]
    [InlineData("title:\tvalue")]
    [InlineData("title: \"not closed")]
    [InlineData("- a list at the top")]
    public void Any_other_form_is_left_to_YamlDotNet(string yaml)
    {
        Assert.Null(FlatFrontMatter.TryRead(yaml));
    }

    [Theory]
    [InlineData("title: \"Fund\"\ndate: 2024-04-02\nlanguage: fr\noutlet: Le Monde\nrole: draft")]
    [InlineData("title: \"Fund\"\ndate: 2024-04-02\nlanguage: fr\noutlet: Le Monde\nrole: draft\ntags: [a, b]")]
    public void The_front_matter_of_a_file_reads_the_same_either_way(string yaml)
    {
        var (entries, error) = FrontMatterText.Yaml("a.md", yaml.AsMemory(), 2);
        var (value, warnings) = FrontMatter.Interpret("a.md", entries!, LanguagePacks.BuiltIn);

        Assert.Null(error);
        Assert.Empty(warnings);
        Assert.Equal(("Fund", "2024-04-02", "fr", "Le Monde", SourceRole.Draft), (value.Title, value.Date!.Iso, value.Language, value.Outlet, value.Role));
    }

    [Fact]
    public void A_value_flat_front_matter_cannot_use_is_a_warning_naming_its_line()
    {
        var (entries, _) = FrontMatterText.Yaml("a.md", "title: Fund\nlanguage: de".AsMemory(), 2);
        var (value, warnings) = FrontMatter.Interpret("a.md", entries!, LanguagePacks.BuiltIn);

        Assert.Null(value.Language);
        Assert.Equal(3, Assert.Single(warnings).Line);
        Assert.Contains("language 'de' is not a language FactCheck reads", warnings[0].Message, StringComparison.Ordinal);
    }

    private static List<(string Key, string? Value, int Line)> WithYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. map.Children.Select(c => (((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value, (int)c.Value.Start.Line))];
    }
}
