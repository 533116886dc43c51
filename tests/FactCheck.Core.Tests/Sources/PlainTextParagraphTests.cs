namespace FactCheck.Core.Tests.Sources;

/// <summary>A .txt file is plain text: paragraphs split at blank lines, line breaks kept as '\n', and no Markdown read.</summary>
public sealed class PlainTextParagraphTests
{
    [Theory]
    [InlineData("First line\nsecond line.\n\nSecond paragraph.\n   \t\nThird paragraph.\n")]
    [InlineData("First line\r\nsecond line.\r\n\r\nSecond paragraph.\r\n   \t\r\nThird paragraph.\r\n")]
    [InlineData("\n\nFirst line\nsecond line.\n\n\n\nSecond paragraph.\n\nThird paragraph.")]
    public void Paragraphs_split_at_blank_lines(string text)
    {
        var document = Loaded.Document("news.txt", text);

        Assert.Equal(["First line\nsecond line.", "Second paragraph.", "Third paragraph."], Loaded.Prose(document));
    }

    [Fact]
    public void Markdown_syntax_in_a_txt_file_is_kept_as_written()
    {
        var document = Loaded.Document("news.txt", "# Fund\n**€5bn** and `code` <!-- note -->\n");

        Assert.Equal(["# Fund\n**€5bn** and `code` <!-- note -->"], Loaded.Prose(document));
    }

    [Fact]
    public void A_file_whose_id_does_not_end_in_txt_is_read_as_markdown()
    {
        var document = Loaded.Document("news", "# Fund\n\n**€5bn** and `code`.\n");

        Assert.Equal(["Fund", "€5bn and ."], Loaded.Prose(document));
    }
}
