namespace FactCheck.Core.Tests.Sources;

/// <summary>Headings, paragraphs, list items, block quotes, table cells and link text are prose, with their markup removed.</summary>
public sealed class MarkdownProseTests
{
    [Theory]
    [InlineData("# The fund holds €5bn\n", "The fund holds €5bn")]
    [InlineData("## The fund holds €5bn ##\n", "The fund holds €5bn")]
    [InlineData("The fund holds €5bn\n===\n", "The fund holds €5bn")]
    [InlineData("- The fund holds €5bn.\n", "The fund holds €5bn.")]
    [InlineData("1. The fund holds €5bn.\n", "The fund holds €5bn.")]
    [InlineData("> The fund holds €5bn.\n", "The fund holds €5bn.")]
    [InlineData("| Fund | Amount |\n|---|---|\n| NATO | €5bn |\n", "€5bn")]
    [InlineData("See [the fund’s €5bn](https://example.com/report) now.\n", "See the fund’s €5bn now.")]
    [InlineData("It is **€5bn** and *big*, __now__.\n", "It is €5bn and big, now.")]
    [InlineData("It costs \\$100 now.\n", "It costs $100 now.")]
    public void Prose_keeps_the_words_and_drops_the_markup(string markdown, string expected)
    {
        var document = Loaded.Document("news.md", markdown);

        Assert.Contains(expected, Loaded.Prose(document));
    }

    [Fact]
    public void Each_heading_list_item_quote_and_table_cell_is_its_own_block()
    {
        var markdown = "# Title\n\nA paragraph.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n";

        var document = Loaded.Document("news.md", markdown);

        Assert.Equal(["Title", "A paragraph.", "one", "two", "quoted", "a", "b", "c", "d"], Loaded.Prose(document));
    }

    [Fact]
    public void The_lines_of_a_paragraph_are_joined_with_a_space()
    {
        var document = Loaded.Document("news.md", "The fund\r\nholds €5bn.\r\n");

        Assert.Equal(["The fund holds €5bn."], Loaded.Prose(document));
    }
}
