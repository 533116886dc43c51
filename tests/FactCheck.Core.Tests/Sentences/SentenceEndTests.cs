namespace FactCheck.Core.Tests.Sentences;

/// <summary>A period, question mark, exclamation mark or ellipsis followed by a new sentence ends the sentence.</summary>
public sealed class SentenceEndTests
{
    [Fact]
    public void Every_kind_of_final_punctuation_ends_a_sentence()
    {
        var sentences = Split.Texts("The fund grew. Really? Yes! Wait… Then it shrank.");

        Assert.Equal(["The fund grew.", "Really?", "Yes!", "Wait…", "Then it shrank."], sentences);
    }

    [Fact]
    public void French_spacing_before_a_question_mark_keeps_it_in_the_sentence()
    {
        var sentences = Split.Texts("Le fonds est-il prêt ? Oui. Il l’est !");

        Assert.Equal(["Le fonds est-il prêt ?", "Oui.", "Il l’est !"], sentences);
    }

    [Fact]
    public void A_period_before_a_lower_case_word_does_not_end_the_sentence()
    {
        var sentences = Split.Texts("The fund grew by 5 p.c. and then shrank. It recovered.");

        Assert.Equal(["The fund grew by 5 p.c. and then shrank.", "It recovered."], sentences);
    }

    [Fact]
    public void The_last_sentence_needs_no_final_punctuation()
    {
        var sentences = Split.Texts("The fund grew. It holds €5bn");

        Assert.Equal(["The fund grew.", "It holds €5bn"], sentences);
    }

    [Fact]
    public void A_sentence_never_runs_from_one_markdown_block_into_the_next()
    {
        var sentences = Split.Texts("# NATO fund\n\nThe fund holds €5bn\n\n- first item\n- second item\n", "news.md");

        Assert.Equal(["NATO fund", "The fund holds €5bn", "first item", "second item"], sentences);
    }
}
