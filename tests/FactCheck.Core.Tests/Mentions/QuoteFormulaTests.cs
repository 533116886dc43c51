using FactCheck.Kinds.Attribution;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// French quote formulas beyond news speech verbs: "attribuée à tort à X" gives the words to X as a denial (the longest
/// formula wins over "attribuée à"), and the passé simple of stories ("le général répondit : « … »") is a speech verb.
/// </summary>
public sealed class QuoteFormulaTests
{
    private static AttributionMention One(string text) =>
        Assert.Single([.. new AttributionMentionSource().FindAll(SentenceSplitter.Default.Split(TestText.Source(text, "fr"))).Cast<AttributionMention>()]);

    [Theory]
    [InlineData("La phrase « La patience vient à bout de tout obstacle » est souvent attribuée à tort à Victor Hugo.", "Victor Hugo", true)]
    [InlineData("La phrase « La patience vient à bout de tout obstacle » est souvent attribuée à Victor Hugo.", "Victor Hugo", false)]
    public void A_quotation_wrongly_attributed_is_a_denial_of_that_speaker(string text, string speaker, bool denied)
    {
        var mention = One(text);

        Assert.Equal(speaker, mention.Speaker?.Text);
        Assert.Equal(denied, mention.Denied);
    }

    [Theory]
    [InlineData("Quand on lui proposa de se rendre, le colonel Marchal répondit : « Nous tiendrons la colline jusqu'à l'aube. »", "Marchal")]
    [InlineData("Le maire déclara : « Nous rebâtirons le pont avant l'hiver prochain. »", "Le maire")]
    public void The_past_historic_of_a_speech_verb_gives_the_quotation_to_its_subject(string text, string speaker)
    {
        Assert.Equal(speaker, One(text).Speaker?.Text);
    }
}
