using FactCheck.Kinds.Attribution;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

public sealed class QuotationTests
{
    [Theory]
    [InlineData("«\u00A0Nos réseaux sont solides\u00A0», a déclaré Ingrid Dahl.", "Nos réseaux sont solides", "Ingrid Dahl")]
    [InlineData("«\u202FNos réseaux sont solides\u202F», a déclaré Ingrid Dahl.", "Nos réseaux sont solides", "Ingrid Dahl")]
    [InlineData("« Nos réseaux sont solides », a-t-elle ajouté.", "Nos réseaux sont solides", "elle")]
    [InlineData("« Nos réseaux sont solides », estime-t-il.", "Nos réseaux sont solides", "il")]
    [InlineData("« Nos réseaux sont solides », selon Mme Dahl.", "Nos réseaux sont solides", "Mme Dahl")]
    [InlineData("« Nos réseaux sont solides », a déclaré le responsable, sous couvert d’anonymat.", "Nos réseaux sont solides", "le responsable")]
    [InlineData("„Nos réseaux sont solides“, affirme Ingrid Dahl.", "Nos réseaux sont solides", "Ingrid Dahl")]
    [InlineData("\"Nos réseaux sont solides\", a dit Ingrid Dahl.", "Nos réseaux sont solides", "Ingrid Dahl")]
    [InlineData("Orban, s’exprimant à Paris, a déclaré : « Nos réseaux sont solides. »", "Nos réseaux sont solides.", "Orban")]
    public void French_quotations_and_their_speakers_are_read(string text, string quote, string speaker)
    {
        var mention = Assert.Single(Attributions(text, "fr"));

        Assert.Equal(quote, mention.Quote);
        Assert.Equal(speaker, mention.Speaker?.Text);
        Assert.False(mention.Reported);
    }

    [Theory]
    [InlineData("“Our grids are strong,” said Ingrid Dahl, Norway's energy minister.", "Our grids are strong", "Ingrid Dahl")]
    [InlineData("“Our grids are strong,” she said.", "Our grids are strong", "she")]
    [InlineData("«The rationale is to protect the grid », notes an allied source.", "The rationale is to protect the grid", "an allied source")]
    [InlineData("But then he concedes: “Some allies are cautious.”", "Some allies are cautious.", "he")]
    [InlineData("‘Our grids are strong,’ Dahl told reporters.", "Our grids are strong", "Dahl")]
    [InlineData("\"Our grids are strong,\" Secretary General Jens Stoltenberg said.", "Our grids are strong", "Secretary General Jens Stoltenberg")]
    public void English_quotations_and_their_speakers_are_read(string text, string quote, string speaker)
    {
        var mention = Assert.Single(Attributions(text, "en"));

        Assert.Equal(quote, mention.Quote);
        Assert.Equal(speaker, mention.Speaker?.Text);
    }

    [Theory]
    [InlineData("Stoltenberg said that the fund would protect aid from political change.", "the fund would protect aid from political change", "Stoltenberg", "en")]
    [InlineData("Dahl said the ministers would meet again in a year.", "the ministers would meet again in a year", "Dahl", "en")]
    [InlineData("The fund will run for five years, a spokesman said.", "The fund will run for five years", "a spokesman", "en")]
    [InlineData("According to a diplomat, the fund will run for five years.", "the fund will run for five years", "a diplomat", "en")]
    [InlineData("Selon un diplomate, le fonds durera cinq ans.", "le fonds durera cinq ans", "un diplomate", "fr")]
    [InlineData("Le fonds durera cinq ans, selon Mme Dahl.", "Le fonds durera cinq ans", "Mme Dahl", "fr")]
    [InlineData("Le fonds durera cinq ans et servira aux réseaux, affirment des diplomates.", "Le fonds durera cinq ans et servira aux réseaux", "des diplomates", "fr")]
    [InlineData("Un porte-parole a confirmé que le fonds durera cinq ans.", "le fonds durera cinq ans", "Un porte-parole", "fr")]
    public void Reported_speech_without_quotation_marks_is_a_statement(string text, string statement, string speaker, string language)
    {
        var mention = Assert.Single(Attributions(text, language));

        Assert.True(mention.Reported);
        Assert.Equal(statement, mention.Quote);
        Assert.Equal(speaker, mention.Speaker?.Text);
    }

    [Fact]
    public void A_quotation_over_several_sentences_is_one_mention_whose_span_is_exact()
    {
        const string text = "Intro. « Le fonds est prêt. Il durera cinq ans. Personne ne le conteste », a déclaré Ingrid Dahl. Fin.";
        var source = TestText.Source(text, "fr");

        var mention = Assert.Single(new AttributionMentionSource().FindAll(SentenceSplitter.Default.Split(source)).Cast<AttributionMention>());

        Assert.Equal("« Le fonds est prêt. Il durera cinq ans. Personne ne le conteste »", mention.Text);
        Assert.Equal(text.IndexOf('«', StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal("« Le fonds est prêt. Il durera cinq ans. Personne ne le conteste », a déclaré Ingrid Dahl.", mention.Sentence.Text);
        Assert.Equal("Ingrid Dahl", mention.Speaker?.Text);
    }

    [Fact]
    public void A_quotation_that_goes_on_in_the_next_paragraph_keeps_its_speaker()
    {
        var mentions = Attributions("Orban a déclaré : « Si les Américains ne paient pas, la guerre finira.\n\n« Et les Européens ne pourront pas la financer seuls. »", "fr");

        Assert.Equal(2, mentions.Count);
        Assert.Null(mentions[1].Speaker);
        Assert.Same(mentions[0], mentions[1].SharesSpeakerWith);
    }

    [Fact]
    public void A_closing_mark_with_no_opening_one_closes_a_quotation_opened_at_its_sentence()
    {
        var mentions = Attributions("« Cela nous protège en cas de crise.» Mais il est impossible de tout prévoir», a déclaré un diplomate.", "fr");

        Assert.Equal(["Cela nous protège en cas de crise.", "Mais il est impossible de tout prévoir"], mentions.Select(m => m.Quote));
        Assert.Equal("un diplomate", mentions[1].Speaker?.Text);
        Assert.Same(mentions[1], mentions[0].SharesSpeakerWith);
    }

    [Theory]
    [InlineData("It will be “consistent and predictable” defense.", "en")]
    [InlineData("Crossing the “Rubicon” is a risk for the Alliance, which fears escalation.", "en")]
    [InlineData("Le ministère a aussi annoncé un concours pour les étudiants.", "fr")]
    [InlineData("Plus de détails seront communiqués après la sélection, a-t-on annoncé.", "fr")]
    [InlineData("He was told the fund would run for five years.", "en")]
    [InlineData("Selon les lesquelles il était temps de donner une base durable.", "fr")]
    public void Scare_quotes_and_words_that_only_look_like_speech_are_not_statements(string text, string language)
    {
        Assert.DoesNotContain(Attributions(text, language), m => m.Speaker is not null);
    }

    private static List<AttributionMention> Attributions(string text, string language) =>
        [.. new AttributionMentionSource().FindAll(SentenceSplitter.Default.Split(TestText.Source(text, language))).Cast<AttributionMention>()];

    [Fact]
    public void One_sentence_asked_alone_gives_the_statements_of_its_paragraph_that_touch_it()
    {
        // Library callers may ask for one sentence's mentions; a statement is still read with its paragraph.
        var source = TestText.Source("The harbour reopened on Monday. \"We lost three boats,\" the mayor said. Repairs will take a month.");
        var sentences = SentenceSplitter.Default.Split(source);
        var attributions = new AttributionMentionSource();

        var second = Assert.Single(attributions.Find(sentences[1]).Cast<AttributionMention>());
        Assert.Contains("We lost three boats", second.Quote, StringComparison.Ordinal);
        Assert.Empty(attributions.Find(sentences[2]));
    }

    [Fact]
    public void Some_sentences_of_a_paragraph_asked_together_give_the_statements_within_them()
    {
        // A library caller may give part of a paragraph: the verbs and quotations outside it are not read, nor given a
        // sentence they are not in (reading them stopped with an out-of-range error).
        var source = TestText.Source("« Nous rouvrirons le port lundi », a déclaré la maire, Ingrid Dahl. Elle n'a jamais dit que les travaux seraient "
            + "gratuits. « Trois bateaux sont perdus », a ajouté son adjoint.", "fr");
        var sentences = SentenceSplitter.Default.Split(source);
        var attributions = new AttributionMentionSource();

        var last = attributions.FindAll(sentences[1..]).Cast<AttributionMention>().ToList();
        var first = attributions.FindAll(sentences[..2]).Cast<AttributionMention>().ToList();

        Assert.Equal(3, sentences.Length);
        Assert.All(last, m => Assert.True(m.Span.Start >= sentences[1].Span.Start));
        Assert.Contains(last, m => m.Quote.Contains("Trois bateaux", StringComparison.Ordinal));
        Assert.All(first, m => Assert.True(m.Span.End <= sentences[1].Span.End));
        Assert.Contains(first, m => m.Quote.Contains("Nous rouvrirons le port", StringComparison.Ordinal));
    }
}
