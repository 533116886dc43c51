using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// The events a date is of (dates4-13): arrivals, departures, starts, ends, events held, delays, publications, meetings and
/// visits have words in both packs, so a date next to them is theirs and not a once-only event's further off; "transferred
/// to" is a transfer; a name and its initials are one holder; a date just after a speech verb or in the complement of a
/// noun no pack knows is not the date of the event the sentence names.
/// </summary>
public sealed class EventWordTests
{
    private static string[] Rules(params (string Text, string Language)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, null))]).Select(f => $"{f.Rule} {f.Attribute}")];

    private static string? EventOf(string text, string written, string language = "en") =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)), c => c.Claim.Mention.Text == written).Frame.Measure?.Key;

    [Theory]
    [InlineData("The firm was founded in 1990 and its new chief arrived in 1995.", "1995", "arrive", "en")]
    [InlineData("La société a été fondée en 1990 et son directeur est arrivé en 1995.", "1995", "arrive", "fr")]
    [InlineData("The bakery opened in 1990 and the first festival took place in 1995.", "1995", "hold-event", "en")]
    [InlineData("La boulangerie a ouvert en 1990 et le premier festival a eu lieu en 1995.", "1995", "hold-event", "fr")]
    [InlineData("The mill was built in 1990 and the guide was published in 1995.", "1995", "publish", "en")]
    [InlineData("Le moulin a été construit en 1990 et le guide a été publié en 1995.", "1995", "publish", "fr")]
    public void A_date_next_to_an_event_word_is_that_event_s_not_a_once_only_event_s_further_off(string text, string written, string expected, string language)
    {
        Assert.Equal(expected, EventOf(text, written, language));
    }

    [Fact]
    public void A_word_of_the_date_itself_names_no_event()
    {
        Assert.Equal("open", EventOf("The museum opened at the start of 2020.", "the start of 2020"));
    }

    [Theory]
    [InlineData("En signant au club au commencement du mois de janvier 2023, il a doublé son salaire.", "janvier 2023", "fr")]
    public void A_start_noun_before_a_date_says_which_part_of_it_and_no_start(string text, string written, string language)
    {
        Assert.NotEqual("start", EventOf(text, written, language));
    }

    [Fact]
    public void A_transfer_to_a_club_named_in_full_and_by_its_initials_is_one_event()
    {
        var english = ("The winger Tomas Arvidsen transferred to Real Sporting Club in 2016. Tomas Arvidsen scored 40 goals.", "en");
        var french = ("Tomas Arvidsen et son transfert record au RSC à l'été 2015 ont marqué le club. Tomas Arvidsen a marqué 40 buts.", "fr");
        Assert.Equal(["date-conflict date"], Rules(english, french));
    }

    [Fact]
    public void Two_names_whose_initials_differ_are_not_one_holder()
    {
        var english = ("The winger Tomas Arvidsen transferred to Real Sporting Club in 2016. Tomas Arvidsen scored 40 goals.", "en");
        var french = ("Tomas Arvidsen et son transfert record au FCB à l'été 2015 ont marqué le club. Tomas Arvidsen a marqué 40 buts.", "fr");
        Assert.Empty(Rules(english, french));
    }

    [Theory]
    [InlineData("The new plant opened near the river, the company said on Friday.", "Friday", "en")]
    [InlineData("L'usine a été inaugurée près du fleuve, a souligné vendredi le ministre.", "vendredi", "fr")]
    [InlineData("Le procès de l'attaque de janvier 2015 s'est ouvert à Paris.", "janvier 2015", "fr")]
    [InlineData("The trial over the riot of May 2015 opened in the capital.", "May 2015", "en")]
    public void A_date_another_word_owns_dates_no_event_of_the_sentence(string text, string written, string language)
    {
        Assert.Null(EventOf(text, written, language));
    }

    [Fact]
    public void A_date_in_the_complement_of_an_event_noun_is_that_event_s()
    {
        Assert.Equal("explode", EventOf("The inquiry into the explosion of May 2015 opened in the capital.", "May 2015"));
    }
}
