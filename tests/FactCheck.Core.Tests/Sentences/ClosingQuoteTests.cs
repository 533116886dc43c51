namespace FactCheck.Core.Tests.Sentences;

/// <summary>A closing quote or bracket after the final punctuation stays with the sentence it closes, with English and French quotes.</summary>
public sealed class ClosingQuoteTests
{
    [Theory]
    [InlineData("He said \"It is done.\" Then he left.", "He said \"It is done.\"")]
    [InlineData("He said “It is done.” Then he left.", "He said “It is done.”")]
    [InlineData("He said ‘It is done.’ Then he left.", "He said ‘It is done.’")]
    [InlineData("She asked: \"Is it?\" Nobody answered.", "She asked: \"Is it?\"")]
    [InlineData("(It was late.) Then he left.", "(It was late.)")]
    [InlineData("Il a dit « c’est fait. » Puis il est parti.", "Il a dit « c’est fait. »")]
    [InlineData("Il a dit «\u00A0c’est fait.\u00A0» Puis il est parti.", "Il a dit «\u00A0c’est fait.\u00A0»")]
    [InlineData("Il a dit «\u202Fc’est fait.\u202F» Puis il est parti.", "Il a dit «\u202Fc’est fait.\u202F»")]
    [InlineData("« Vraiment ? » Oui, vraiment.", "« Vraiment ? »")]
    [InlineData("Il a dit « c’est fait ». Puis il est parti.", "Il a dit « c’est fait ».")]
    public void A_closing_quote_after_the_period_stays_with_the_sentence(string text, string first)
    {
        var sentences = Split.Texts(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void A_straight_single_closing_quote_after_the_period_stays_with_the_sentence()
    {
        var sentences = Split.Texts("He said 'It is done.' Then he left.");

        Assert.Equal(["He said 'It is done.'", "Then he left."], sentences);
    }

    [Fact]
    public void A_quoted_sentence_continued_in_lower_case_is_one_sentence()
    {
        var sentences = Split.Texts("He said “It is done.” and left. The fund grew.");

        Assert.Equal(["He said “It is done.” and left.", "The fund grew."], sentences);
    }

    [Fact]
    public void A_sentence_may_start_with_an_opening_quote()
    {
        var sentences = Split.Texts("The fund grew. “It is done,” he said. « C’est fait », dit-il.");

        Assert.Equal(["The fund grew.", "“It is done,” he said.", "« C’est fait », dit-il."], sentences);
    }
}
