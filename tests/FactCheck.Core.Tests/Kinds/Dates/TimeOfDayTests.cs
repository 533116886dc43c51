using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// Times of day: read with "am"/"pm", a zone, or a word that places a moment before them ("at", "à", "vers", "shortly
/// before"); a figure with an hour mark alone is a length of time. A time is compared with the times of the same event in
/// other sources, never with a day, and a time in brackets after another is that moment elsewhere.
/// </summary>
public sealed class TimeOfDayTests
{
    private static string[] Times(string text, string language = "en") =>
        [.. TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)).Where(c => c.Clock is not null).Select(c => $"{c.Claim.Mention.Text} = {c.Display}")];

    private static string[] Rules(params (string Text, string Language)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, null))]).Select(f => $"{f.Rule} {f.Attribute}")];

    [Theory]
    [InlineData("The ferry left the harbour at 9:45 pm.", "en", "9:45 pm = 21:45")]
    [InlineData("The power came back at 7 a.m.", "en", "7 a.m. = 06:45 to 07:15")]
    [InlineData("The market opened at 0830 GMT.", "en", "0830 GMT = 08:30 UTC")]
    [InlineData("The alarm went off shortly after noon.", "en", "shortly after noon = 12:00 to 12:30")]
    [InlineData("Le train est reparti à 18h05 de la gare.", "fr", "18h05 = 18:05")]
    [InlineData("Les pompiers sont intervenus vers 14 h 10 rue des Lilas.", "fr", "vers 14 h 10 = 13:55 to 14:25")]
    [InlineData("Le bâtiment a été évacué un peu avant minuit.", "fr", "un peu avant minuit = 23:30 to 23:59")]
    [InlineData("La réunion a repris à 8 heures du soir.", "fr", "8 heures du soir = 19:45 to 20:15")]
    public void A_time_of_day_is_read_to_the_minute_as_written(string text, string language, string expected)
    {
        Assert.Equal([expected], Times(text, language));
    }

    [Theory]
    [InlineData("The power came back at ٧ p.m.", "en", "٧ p.m. = 18:45 to 19:15")]
    [InlineData("Les pompiers sont intervenus vers ١٤ heures rue des Lilas.", "fr", "vers ١٤ heures = 13:30 to 14:30")]
    public void A_time_written_to_the_hour_in_the_digits_of_another_script_is_read(string text, string language, string expected)
    {
        Assert.Equal([expected], Times(text, language));
    }

    [Fact]
    public void Times_by_name_and_by_figure_in_one_sentence_are_both_read()
    {
        Assert.Equal(["from 11 am = 11:00 to 17:00", "until noon = 06:00 to 12:00"], Times("The polls were open from 11 am until noon.", "en"));
    }

    [Theory]
    [InlineData("Le trajet prend 2h30 en voiture.", "fr")]
    [InlineData("Il a subi un retard de 1h15 sur la ligne.", "fr")]
    [InlineData("The score stood at 24:17 in the second half.", "en")]
    [InlineData("Chapter 3:16 of the report covers the budget.", "en")]
    public void A_figure_with_an_hour_mark_and_no_word_placing_a_moment_is_no_time(string text, string language)
    {
        Assert.Empty(Times(text, language));
    }

    [Fact]
    public void A_time_in_brackets_after_another_is_the_same_moment_elsewhere()
    {
        Assert.Equal(["18h10 = 18:10"], Times("Le séisme a frappé à 18h10 (1h10 à Tokyo) selon l'institut.", "fr"));
    }

    [Theory]
    [InlineData("Pavel Dorn made an emergency call at 10:42 pm after the fire started.", "Pavel Dorn a passé un appel d'urgence à 22h05 après le début de l'incendie.", "fr")]
    [InlineData("Pavel Dorn made an emergency call at 10:42 pm after the fire started.", "Pavel Dorn made an emergency call at 10:05 pm after the fire started.", "en")]
    public void Two_times_of_one_event_disagree(string first, string second, string language)
    {
        Assert.Equal(["date-conflict time"], Rules((first, "en"), (second, language)));
    }

    [Fact]
    public void Times_of_one_event_that_overlap_as_written_agree()
    {
        Assert.Empty(Rules(("Pavel Dorn made an emergency call shortly before 11 pm.", "en"), ("Pavel Dorn made an emergency call at 10:42 pm.", "en")));
    }

    [Fact]
    public void A_time_is_never_compared_with_a_day()
    {
        // The minutes of 22:05 are no day number: a time and a date of one event are two values on two scales.
        Assert.Empty(Rules(("Pavel Dorn made an emergency call on 3 May 2021.", "en"), ("Pavel Dorn made an emergency call at 10:05 pm.", "en")));
    }

    [Fact]
    public void Times_in_two_zones_are_not_compared()
    {
        Assert.Empty(Rules(("Pavel Dorn made an emergency call at 2210 GMT.", "en"), ("Pavel Dorn made an emergency call at 10:05 pm.", "en")));
    }
}
