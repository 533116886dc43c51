using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A mistake in the front matter is a <see cref="UserError"/> naming the file and the line of the file it is on, never an exception.</summary>
public sealed class FrontMatterErrorTests
{
    [Theory]
    [InlineData("---\ntitle: ok\noutlet: ok\nkey: value: other\n---\nText.\n", 4)]
    [InlineData("---\r\ntitle: ok\r\noutlet: ok\r\nkey: value: other\r\n---\r\nText.\r\n", 4)]
    [InlineData("---\ntitle: ok\nfoo: : bar\n---\nText.\n", 3)]
    [InlineData("---\noutlet: ok\ntitle: \"unterminated\ndate: 2024\n---\nText.\n", 3)]
    public void Broken_yaml_is_reported_at_its_line_in_the_file(string markdown, int line)
    {
        var error = Loaded.Error("news/a.md", markdown);

        Assert.Equal("news/a.md", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24-04-02")]
    [InlineData("April 2024")]
    public void A_date_that_is_not_iso_8601_is_reported_at_its_line(string date)
    {
        var error = Loaded.Error("a.md", $"---\ntitle: Fund\ndate: {date}\n---\nText.\n");

        Assert.Equal("a.md", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains($"'{date}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 8601", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("english")]
    public void An_unsupported_language_is_reported_at_its_line(string language)
    {
        var error = Loaded.Error("a.md", $"---\nlanguage: {language}\n---\nText.\n");

        Assert.Equal(2, error.Line);
        Assert.Contains($"'{language}' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_is_reported_at_its_line()
    {
        var error = Loaded.Error("a.md", "---\ntitle: Fund\n\nrole: editor\n---\nText.\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("'editor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        var error = Loaded.Error("a.md", "---\n- title\n- date\n---\nText.\n");

        Assert.Equal("a.md", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_prints_as_path_line_and_message()
    {
        var error = Loaded.Error("news/a.md", "---\ndate: yesterday\n---\nText.\n");

        Assert.StartsWith("news/a.md:2: date 'yesterday'", error.ToString(), StringComparison.Ordinal);
    }
}
