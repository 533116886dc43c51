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
    [InlineData("+++\ntitle = \"unclosed\n+++\nText.\n")]
    [InlineData("+++\ntitle = \"ok\"\nText without a closing fence.\n")]
    [InlineData("{\n  \"title\": \"ok\",\n  \"date\": \n}\nText.\n")]
    public void Broken_toml_or_json_front_matter_is_an_error_naming_the_file(string markdown)
    {
        var error = Loaded.Error("news/a.md", markdown);

        Assert.Equal("news/a.md", error.Path);
        Assert.NotNull(error.Line);
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
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
        var error = Loaded.Error("news/a.md", "---\ntitle: [a\n---\nText.\n");

        Assert.StartsWith("news/a.md:3: front matter is not valid YAML", error.ToString(), StringComparison.Ordinal);
    }
}
