using System.Globalization;

namespace FactCheck.Core.Tests.Sources;

/// <summary>Every prose character maps back to its offset in the original file, whatever markup, line endings or characters surround it.</summary>
public sealed class OriginalOffsetTests
{
    [Theory]
    [InlineData("news.md", "The fund\tholds €100bn.\n", "€100bn")]
    [InlineData("news.md", "-\tThe fund holds €5bn.\n", "€5bn")]
    [InlineData("news.md", "First line.\r\nThe fund holds €100bn.\r\n\r\nNext paragraph: $107bn.\r\n", "$107bn")]
    [InlineData("news.md", "Line one\r\n   line two holds €5bn\r\n", "€5bn")]
    [InlineData("news.md", "- item one\r\n  continues with €5bn\r\n", "€5bn")]
    [InlineData("news.md", "---\r\ntitle: Fund\r\n---\r\nThe fund holds €5bn.\r\n", "€5bn")]
    [InlineData("news.md", "L’été, le fonds « atteint » 100 milliards d’euros.\n", "« atteint »")]
    [InlineData("news.md", "L’été, le fonds « atteint » 100 milliards d’euros.\n", "d’euros")]
    [InlineData("news.md", "😀 Créé : le fonds détient 5 milliards d’€.\n", "5 milliards d’€")]
    [InlineData("news.md", "NATO plans a **€100bn** fund.\n", "€100bn")]
    [InlineData("news.md", "NATO plans a _€100bn_ fund.\n", "€100bn")]
    [InlineData("news.md", "NATO plans a ***€100bn*** fund.\n", "€100bn")]
    [InlineData("news.md", "See [the €5bn fund](https://example.com/x) now.\n", "the €5bn fund")]
    [InlineData("news.md", "See [the **€5bn** fund](https://example.com/x) now.\n", "€5bn")]
    [InlineData("news.md", "It costs \\$100 now.\n", "$100")]
    [InlineData("news.md", "> Quoted: the fund holds €5bn.\n> Second line €6bn.\n", "€6bn")]
    [InlineData("news.md", "# The fund holds €5bn\r\n", "€5bn")]
    [InlineData("news.md", "| Fund | Amount |\n|-|-|\n|NATO|€5bn|\n", "€5bn")]
    [InlineData("news.txt", "Heading\r\nThe fund holds €5bn.\r\n", "€5bn")]
    [InlineData("news.txt", "\tIndented, the fund holds €5bn.\n", "€5bn")]
    [InlineData("news.txt", "First paragraph.\r\n\r\n😀 The fund holds €5bn.\r\n", "€5bn")]
    public void The_original_text_at_a_words_span_is_the_word(string id, string text, string word)
    {
        var document = Loaded.Document(id, text);

        Assert.Equal(word, Loaded.OriginalOf(document, word));
    }

    [Theory]
    [InlineData("news.md")]
    [InlineData("news.txt")]
    public void Every_prose_character_is_the_character_at_its_original_offset(string id)
    {
        var text = "# Le fonds : 100 milliards\r\n\r\nL’OTAN «\u00A0prévoit\u00A0» un fonds de **€100bn**,\tsoit 😀 [107 milliards de dollars](https://example.com/107) ; il coûte \\$100.\r\n"
            + "> Cité : *le fonds* est prêt.\r\n\r\n- Un\tpoint €5bn\r\n";
        var document = Loaded.Document(id, text);

        var wrong = document.ProseBlocks
            .SelectMany(b => b.Text.Select((c, i) => (Char: c, Original: b.Map.ToOriginal(i))))
            .Where(p => !char.IsWhiteSpace(p.Char) && text[p.Original] != p.Char)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p.Char}' at {p.Original}"))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_word_in_a_padded_table_cell_maps_to_itself()
    {
        var document = Loaded.Document("news.md", "| Fund | Amount |\n|---|---|\n| NATO | €5bn |\n");

        Assert.Equal("€5bn", Loaded.OriginalOf(document, "€5bn"));
        Assert.Equal("NATO", Loaded.OriginalOf(document, "NATO"));
    }

    [Fact]
    public void A_word_ending_in_an_html_entity_spans_the_whole_entity()
    {
        var document = Loaded.Document("news.md", "Le fonds coûte 100&nbsp;&euro;\n");

        Assert.Equal("100&nbsp;&euro;", Loaded.OriginalOf(document, "100\u00A0€"));
    }

    [Fact]
    public void A_span_across_a_line_break_covers_the_whole_crlf()
    {
        var document = Loaded.Document("news.md", "The fund\r\nholds €5bn.\r\n");

        Assert.Equal("fund\r\nholds", Loaded.OriginalOf(document, "fund holds"));
    }
}
