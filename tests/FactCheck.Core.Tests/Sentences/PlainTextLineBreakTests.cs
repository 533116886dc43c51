namespace FactCheck.Core.Tests.Sentences;

/// <summary>
/// In plain text a line break ends a sentence unless the next line plainly continues it:
/// a short line without final punctuation before a capitalized line is a heading.
/// </summary>
public sealed class PlainTextLineBreakTests
{
    [Theory]
    [InlineData("NATO fund agreed\nThe fund holds €5bn.")]
    [InlineData("NATO fund agreed\r\nThe fund holds €5bn.")]
    public void A_short_line_before_a_capitalized_line_is_a_heading(string text)
    {
        var sentences = Split.Texts(text);

        Assert.Equal(["NATO fund agreed", "The fund holds €5bn."], sentences);
    }

    [Fact]
    public void A_french_heading_is_its_own_sentence()
    {
        var sentences = Split.Texts("Le fonds de l’OTAN\nLes alliés ont promis 100 milliards d’euros.");

        Assert.Equal(["Le fonds de l’OTAN", "Les alliés ont promis 100 milliards d’euros."], sentences);
    }

    [Theory]
    [InlineData("The fund was\nsaid to hold €5bn.", "The fund was\nsaid to hold €5bn.")]
    [InlineData("The fund was\r\nsaid to hold €5bn.", "The fund was\nsaid to hold €5bn.")]
    [InlineData("Prices rose by\n5 percent.", "Prices rose by\n5 percent.")]
    [InlineData("The fund, it said,\nholds €5bn.", "The fund, it said,\nholds €5bn.")]
    [InlineData("Le fonds a été\ndoté de 100 milliards.", "Le fonds a été\ndoté de 100 milliards.")]
    public void A_line_ending_in_lower_case_that_continues_in_lower_case_is_joined(string text, string expected)
    {
        var sentences = Split.Texts(text);

        Assert.Equal([expected], sentences);
    }

    [Theory]
    [InlineData("The NATO fund will hold, according to the alliance’s secretary general\nJens Stoltenberg, €100bn by the end of the year.")]
    [InlineData("The NATO fund will hold, according to the alliance’s secretary general,\nJens Stoltenberg, €100bn by the end of the year.")]
    public void A_long_wrapped_line_before_a_capitalized_name_is_joined(string text)
    {
        var sentences = Split.Texts(text);

        Assert.Single(sentences);
    }

    [Fact]
    public void An_indented_line_continuing_in_lower_case_is_joined()
    {
        var sentences = Split.Texts("The fund was\n  said to hold €5bn.");

        Assert.Single(sentences);
    }

    [Fact]
    public void A_sentence_that_ends_at_a_line_end_ends_there()
    {
        var sentences = Split.Texts("The fund grew.\nIt holds €5bn.");

        Assert.Equal(["The fund grew.", "It holds €5bn."], sentences);
    }

    [Fact]
    public void Sentences_run_across_line_breaks_inside_a_paragraph()
    {
        var sentences = Split.Texts("The fund grew. It was\nsaid to hold €5bn. Others\ndisagreed.");

        Assert.Equal(["The fund grew.", "It was\nsaid to hold €5bn.", "Others\ndisagreed."], sentences);
    }
}
