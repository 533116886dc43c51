using FactCheck.Reporting;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A prose span turns into the 1-based line and column an editor shows: columns count UTF-16 code units, CRLF ends a line once.</summary>
public sealed class LineAndColumnTests
{
    private static Location Locate(string id, string text, string word)
    {
        var document = Loaded.Document(id, text);
        return new LineMap(id, document.Text).Locate(Loaded.SpanOf(document, word));
    }

    [Theory]
    [InlineData("# Title\n\nThe fund holds €100bn.\n")]
    [InlineData("# Title\r\n\r\nThe fund holds €100bn.\r\n")]
    public void A_crlf_counts_as_one_line_end(string text)
    {
        var location = Locate("news.md", text, "€100bn");

        Assert.Equal(new Location("news.md", 3, 16, 3, 22), location);
    }

    [Theory]
    [InlineData("news.md", "😀 The fund holds €5bn.\n", 19)]
    [InlineData("news.md", "Créé : the fund holds €5bn.\n", 23)]
    [InlineData("news.md", "L’OTAN « holds » €5bn.\n", 18)]
    [InlineData("news.md", "It is **€5bn**.\n", 9)]
    [InlineData("news.md", "See [the fund](https://example.com) with €5bn.\n", 42)]
    [InlineData("news.txt", "\tThe fund holds €5bn.\n", 17)]
    public void Columns_count_utf16_code_units_of_the_original_line(string id, string text, int column)
    {
        var location = Locate(id, text, "€5bn");

        Assert.Equal((1, column, 1, column + 4), (location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Lines_count_the_front_matter()
    {
        var location = Locate("news.md", "---\r\ntitle: Fund\r\ndate: 2024-04-02\r\n---\r\n\r\nThe fund holds €5bn.\r\n", "€5bn");

        Assert.Equal("news.md:6:16", location.ToString());
    }

    [Fact]
    public void A_span_across_lines_ends_on_the_later_line()
    {
        var document = Loaded.Document("news.txt", "The fund\r\nholds €5bn.\r\n");

        var location = new LineMap("news.txt", document.Text).Locate(new SourceSpan(4, document.Text.IndexOf('.', StringComparison.Ordinal) + 1));

        Assert.Equal(new Location("news.txt", 1, 5, 2, 12), location);
    }
}
