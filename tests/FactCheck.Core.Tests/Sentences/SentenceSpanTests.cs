namespace FactCheck.Core.Tests.Sentences;

/// <summary>A sentence's span points into the original file, so it can be reported at the right line and column.</summary>
public sealed class SentenceSpanTests
{
    private static string[] Originals(string text, string id) =>
        [.. Split.Sentences(text, id).Select(s => text[s.Span.Start..s.Span.End])];

    [Theory]
    [InlineData("news.txt")]
    [InlineData("news.md")]
    public void The_original_text_at_a_sentence_span_is_the_sentence(string id)
    {
        var text = "Dr. Weber agreed.\tThe fund holds €5bn.\r\n\r\n😀 M. Macron a dit « c’est fait. » Le taux est de 3,5 %.\r\n";

        var originals = Originals(text, id);

        Assert.Equal(["Dr. Weber agreed.", "The fund holds €5bn.", "😀 M. Macron a dit « c’est fait. »", "Le taux est de 3,5 %."], originals);
    }

    [Fact]
    public void A_sentence_across_a_crlf_covers_it()
    {
        var text = "Heading\r\nThe fund was\r\nsaid to hold €5bn.\r\n";

        var originals = Originals(text, "news.txt");

        Assert.Equal(["Heading", "The fund was\r\nsaid to hold €5bn."], originals);
    }

    [Fact]
    public void A_markdown_sentence_span_runs_from_its_first_to_its_last_character_in_the_file()
    {
        var text = "---\ntitle: Fund\n---\nNATO plans a **€100bn** fund. See [the report](https://example.com/x).\n";

        var originals = Originals(text, "news.md");

        Assert.Equal(["NATO plans a **€100bn** fund.", "See [the report](https://example.com/x)."], originals);
    }

    [Fact]
    public void A_range_inside_a_sentence_maps_to_the_original_word()
    {
        var text = "Le fonds est prêt. L’OTAN prévoit **100 milliards** d’euros.";
        var sentence = Split.Sentences(text, "news.md")[1];
        var start = sentence.Text.IndexOf("100", StringComparison.Ordinal);

        var span = sentence.SpanOf(start, start + "100 milliards".Length);

        Assert.Equal("100 milliards", text[span.Start..span.End]);
    }

    [Fact]
    public void Sentences_know_their_source_and_block()
    {
        var sentences = Split.Sentences("# Fund\n\nThe fund grew. It holds €5bn.\n", "news.md");

        Assert.All(sentences, s => Assert.Equal("news.md", s.Source.Id));
        Assert.Equal(["Fund", "The fund grew. It holds €5bn.", "The fund grew. It holds €5bn."], sentences.Select(s => s.Block.Text));
    }
}
