namespace FactCheck.Core.Tests.Sources;

/// <summary>Code, HTML, link targets and front matter are never searched for claims: none of their text reaches the prose.</summary>
public sealed class NonProseMarkdownTests
{
    [Theory]
    [InlineData("Before.\n\n```\nThe fund holds €999bn.\n```\n\nAfter.\n")]
    [InlineData("Before.\n\n~~~text\nThe fund holds €999bn.\n~~~\n")]
    [InlineData("Before.\n\n    The fund holds €999bn.\n\nAfter.\n")]
    [InlineData("Before.\n\n\tThe fund holds €999bn.\n")]
    [InlineData("Before `€999bn` after.\n")]
    [InlineData("Before <!-- the fund holds €999bn --> after.\n")]
    [InlineData("Before.\n\n<!--\nThe fund holds €999bn.\n-->\n\nAfter.\n")]
    [InlineData("Before.\n\n<div>\nThe fund holds €999bn.\n</div>\n\nAfter.\n")]
    [InlineData("Before [the report](https://example.com/fund-999bn \"€999bn\") after.\n")]
    [InlineData("Before [the report][r] after.\n\n[r]: https://example.com/fund-999bn \"€999bn\"\n")]
    [InlineData("Before <https://example.com/fund-999bn> after.\n")]
    [InlineData("---\ntitle: The fund holds €999bn\noutlet: Reuters\n---\nBefore.\n")]
    public void Text_that_is_not_prose_never_reaches_the_prose_blocks(string markdown)
    {
        var document = Loaded.Document("news.md", markdown);

        var prose = string.Join("\n", Loaded.Prose(document));
        Assert.Contains("Before", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("999", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_matter_keys_are_not_prose()
    {
        var document = Loaded.Document("news.md", "---\ntitle: Fund\noutlet: Reuters\n---\nThe fund holds €5bn.\n");

        Assert.Equal(["The fund holds €5bn."], Loaded.Prose(document));
    }

    [Fact]
    public void Words_on_either_side_of_inline_code_stay_apart()
    {
        var document = Loaded.Document("news.md", "The fund`x = 1`holds €5bn.\n");

        Assert.Equal(["The fund holds €5bn."], Loaded.Prose(document));
    }
}
