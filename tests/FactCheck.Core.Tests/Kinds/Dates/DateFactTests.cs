using System.Globalization;
using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// Dates of one event across sources: a weekday that cannot be placed still disagrees with a date on another weekday; a
/// once-only event of the story's own entity is one event whether or not a sentence names its holder; a date after
/// "since" that names an earlier occurrence, or a word that merely looks like an event's ("final"), dates nothing here.
/// </summary>
public sealed class DateFactTests
{
    private static string[] Rules(params (string Text, string Language, string? Date)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, s.Date))]).Select(f => $"{f.Rule} {f.Attribute}")];

    private static DateClaim Date(string text, string written, string language = "en") =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)), c => c.Claim.Mention.Text == written);

    [Theory]
    [InlineData("The designer Anna Volkova died on Wednesday in Milan.", "Anna Volkova died on Tuesday 4 March 2025 in Milan.", "en")]
    [InlineData("La créatrice Anna Volkova est morte ce mercredi à Milan.", "Anna Volkova est morte le mardi 4 mars 2025 à Milan.", "fr")]
    public void A_weekday_alone_disagrees_with_a_date_on_another_weekday(string undated, string dated, string language)
    {
        Assert.Equal(["date-conflict date"], Rules((undated, language, null), (dated, language, "2025-03-05")));
    }

    [Fact]
    public void A_weekday_alone_agrees_with_a_date_on_that_weekday()
    {
        Assert.Empty(Rules(("The designer Anna Volkova died on Tuesday in Milan.", "en", null), ("Anna Volkova died on Tuesday 4 March 2025 in Milan.", "en", "2025-03-05")));
    }

    [Fact]
    public void A_day_counted_from_the_source_date_pins_down_no_weekday()
    {
        // "yesterday" in a source dated 6 March is 5 March, a Wednesday, but the day a text is dated is not always the day it was written.
        Assert.Empty(Rules(("The designer Anna Volkova died on Tuesday in Milan.", "en", null), ("Anna Volkova died yesterday in Milan.", "en", "2025-03-06")));
    }

    [Fact]
    public void A_launch_of_the_story_entity_is_one_event_though_one_sentence_leaves_its_holder_unnamed()
    {
        var first = ("The app Lumora was launched in October 2018. Lumora now has 9 million users.", "en", (string?)null);
        var second = ("Lumora a séduit 5 millions d'utilisateurs depuis le lancement de son application début 2019. Lumora reste gratuite.", "fr", (string?)null);
        Assert.Equal(["date-conflict date"], Rules(first, second));
    }

    [Fact]
    public void A_launch_of_another_entity_than_the_story_one_is_not_aligned_with_an_unnamed_launch()
    {
        var first = ("Lumora bought Vexa. The app Vexa was launched in October 2018. Lumora now has 9 million users.", "en", (string?)null);
        var second = ("Lumora a séduit 5 millions d'utilisateurs depuis le lancement de son application début 2019. Lumora reste gratuite.", "fr", (string?)null);
        Assert.Empty(Rules(first, second));
    }

    [Fact]
    public void A_birth_of_the_story_person_named_two_ways_in_two_languages_is_one_event()
    {
        var first = ("King Harald V was born in 1935. King Harald V reigned for decades.", "en", (string?)null);
        var second = ("Harald Olav Magnus, le roi Harald V, est né le 21 février 1937. Harald V a régné longtemps.", "fr", (string?)null);
        Assert.Equal(["date-conflict date"], Rules(first, second));
    }

    [Theory]
    [InlineData("It was the first referendum since the constitutional referendum of 1975.", "1975", "en")]
    [InlineData("Les milices paradent depuis la première campagne présidentielle du candidat en 2016.", "2016", "fr")]
    public void A_date_after_since_that_names_an_earlier_occurrence_dates_no_event_of_the_sentence(string text, string written, string language)
    {
        Assert.Null(Date(text, written, language).Frame.Measure);
    }

    [Fact]
    public void A_date_after_since_that_names_the_event_once_dates_it()
    {
        Assert.Equal("launch", Date("The app has won 5 million users since the launch of its Android version in early 2019.", "early 2019").Frame.Measure?.Key);
    }

    [Fact]
    public void Final_terms_are_no_signing_but_a_finalised_deal_is()
    {
        Assert.NotEqual("sign", Date("The issue is guaranteed by a bank and final terms will be set on June 9.", "June 9").Frame.Measure?.Key);
        Assert.Equal("sign", Date("The two companies finalised the deal on 9 June 2024.", "9 June 2024").Frame.Measure?.Key);
    }

    [Theory]
    [InlineData("The fair ran on August 15-19, 1969 near the lake.", "August 15-19, 1969", "1969-08-15", "1969-08-19")]
    [InlineData("The fair ran on May 4-6 2021 near the lake.", "May 4-6 2021", "2021-05-04", "2021-05-06")]
    public void A_year_after_a_span_of_days_is_the_whole_span_s(string text, string written, string first, string last)
    {
        var span = Date(text, written).Span;
        Assert.Equal((DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture)), (span?.First, span?.Last));
    }

    [Theory]
    [InlineData("The result was announced at the castle on Saturday evening, showing the Yes side won the vote.", "Saturday", "en")]
    [InlineData("Le résultat a été annoncé samedi soir au château, et le oui l'emporte.", "samedi", "fr")]
    public void A_date_next_to_an_announcement_dates_the_announcement(string text, string written, string language)
    {
        Assert.Equal("announce", Date(text, written, language).Frame.Measure?.Key);
    }
}
