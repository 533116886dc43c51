namespace FactCheck.Core.Tests.Sentences;

/// <summary>The period of an abbreviation or an initial does not end a sentence, in English or in French.</summary>
public sealed class AbbreviationTests
{
    [Theory]
    [InlineData("Dr. Weber agreed. The fund grew.", "Dr. Weber agreed.")]
    [InlineData("U.S. officials put it at $4bn. Others disagreed.", "U.S. officials put it at $4bn.")]
    [InlineData("The U.S. Treasury agreed. The fund grew.", "The U.S. Treasury agreed.")]
    [InlineData("Mr. Smith and Prof. Jones met Gen. Miller in St. Louis. They agreed.", "Mr. Smith and Prof. Jones met Gen. Miller in St. Louis.")]
    [InlineData("J. Smith put it at $4bn. Others disagreed.", "J. Smith put it at $4bn.")]
    [InlineData("After that, J. K. Rowling spoke. The fund grew.", "After that, J. K. Rowling spoke.")]
    [InlineData("Jens J. Stoltenberg agreed. The fund grew.", "Jens J. Stoltenberg agreed.")]
    [InlineData("M. Macron a parlé. Le fonds est prêt.", "M. Macron a parlé.")]
    [InlineData("Ensuite M. Dupont et Mme Martin sont venus. Le fonds est prêt.", "Ensuite M. Dupont et Mme Martin sont venus.")]
    [InlineData("Mme. Martin et MM. Dupont sont venus. Le fonds est prêt.", "Mme. Martin et MM. Dupont sont venus.")]
    [InlineData("Le Pr. Martin l’a dit, cf. p. 12. Le fonds est prêt.", "Le Pr. Martin l’a dit, cf. p. 12.")]
    public void Period_after_an_abbreviation_does_not_end_the_sentence(string text, string first)
    {
        var sentences = Split.Texts(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void A_sentence_ending_in_a_word_that_is_not_an_abbreviation_ends_there()
    {
        var sentences = Split.Texts("Mr. Smith paid $3.5bn. He left.");

        Assert.Equal(["Mr. Smith paid $3.5bn.", "He left."], sentences);
    }
}
