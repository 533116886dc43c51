using FactCheck.Languages;
using FactCheck.Kinds.Date;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The long tail of dates that Microsoft.Recognizers.Text.DateTime reads on the default path (numeric dates, holidays,
/// days counted from today), in the windows the own rules leave unexplained; placed from the source's declared date
/// (2024-04-02, a Tuesday).
/// </summary>
public sealed class RecognizerDateReadingTests
{
    private static List<DateClaim> DatesOf(string text, string language, string? date = "2024-04-02") =>
        [.. TestText.ClaimsOf<DateClaim>(TestText.Dated("a.md", text, language, date))];

    [Theory]
    [InlineData("The summit opens the day after tomorrow in Brussels.", "en", "the day after tomorrow", "2024-04-04")]
    [InlineData("The talks ended the day before yesterday.", "en", "the day before yesterday", "2024-03-31")]
    [InlineData("Le sommet s'ouvrira après-demain à Bruxelles.", "fr", "après-demain", "2024-04-04")]
    [InlineData("La réunion a eu lieu avant-hier.", "fr", "avant-hier", "2024-03-31")]
    [InlineData("La réunion aura lieu dans trois jours.", "fr", "dans trois jours", "2024-04-05")]
    [InlineData("The ministers will meet two weeks from now.", "en", "two weeks from now", "2024-04-16")]
    [InlineData("The vote was held on 25/12/2023 in Riga.", "en", "25/12/2023", "2023-12-25")]
    [InlineData("Le vote a eu lieu le 04/02/2024 à Riga.", "fr", "04/02/2024", "2024-02-04")]
    [InlineData("Le vote a eu lieu le 4/2/87.", "fr", "4/2/87", "1987-02-04")]
    [InlineData("The summit was held at Easter 2023.", "en", "Easter 2023", "2023-04-09")]
    [InlineData("The vote was held on Independence Day.", "en", "Independence Day", "2023-07-04")]
    [InlineData("The summit was held on Christmas Eve 2023.", "en", "Christmas Eve 2023", "2023-12-24")]
    [InlineData("Le sommet s'est tenu à la Saint-Sylvestre.", "fr", "la Saint-Sylvestre", "2023-12-31")]
    public void The_recognizer_reads_what_the_own_rules_leave(string text, string language, string written, string iso)
    {
        var date = Assert.Single(DatesOf(text, language));

        Assert.Equal(written, date.Claim.Mention.Text);
        Assert.Equal(iso, date.Span!.Iso);
        Assert.Equal(DateUnit.Day, date.Span.Unit);
    }

    [Theory]
    // 2 April to the en-US recognizer, 4 February to a British newspaper.
    [InlineData("The vote was held on 04/02/2024 in Riga.", "en")]
    // Easter moves: without its year, the recognizer can only give the reference year's.
    [InlineData("The summit was held at Easter.", "en")]
    [InlineData("Les ministres se sont vus à Pâques.", "fr")]
    public void A_reading_that_depends_on_what_the_text_does_not_say_is_refused(string text, string language)
    {
        Assert.Empty(DatesOf(text, language));
    }

    [Fact]
    public void A_day_counted_from_today_in_an_undated_source_stays_relative()
    {
        var date = Assert.Single(DatesOf("Le sommet s'ouvrira après-demain.", "fr", date: null));

        Assert.Null(date.Span);
        Assert.True(date.Claim.Mention is DateMention { Date.IsRelative: true });
    }

    [Theory]
    [InlineData("The summit opens on 9 July 2024 in Washington.", "en")]
    [InlineData("Sales were strong at Christmas.", "en")]
    [InlineData("Il y a deux semaines, le plan a été dévoilé dans la capitale.", "fr")]
    [InlineData("Prices rose 3/4 of a point, to 1/2 of the peak.", "en")]
    [InlineData("The vote is on 04/02/2024.", "en")]
    // The French recognizer gives no value for Easter, nor for the English holidays French text quotes.
    [InlineData("Les ministres se sont vus à Pâques, avant le « Labor Day ».", "fr")]
    public void Dates_the_own_rules_read_and_figures_that_only_look_like_dates_send_nothing_to_the_recognizer(string text, string language)
    {
        var sentence = Assert.Single(SentenceSplitter.Default.Split(TestText.Source(text, language)));

        Assert.Empty(DateCues.Unexplained(text, DateScanner.Find(sentence), LanguagePacks.BuiltIn[language]!));
    }

    [Theory]
    [InlineData("The summit opens the day after tomorrow.", "en", "day after tomorrow")]
    [InlineData("Le vote a eu lieu le 14/07/2019.", "fr", "14/07/2019")]
    [InlineData("It rained on Christmas Eve.", "en", "Christmas Eve")]
    public void A_form_the_own_rules_do_not_read_is_a_cue(string text, string language, string cue)
    {
        var sentence = Assert.Single(SentenceSplitter.Default.Split(TestText.Source(text, language)));

        var (start, end) = Assert.Single(DateCues.Unexplained(text, DateScanner.Find(sentence), LanguagePacks.BuiltIn[language]!));
        Assert.Equal(cue, text[start..end]);
    }
}
