using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>Dates as an editor reads them, placed from the source's declared date (2024-04-02, a Tuesday).</summary>
public sealed class DateReadingTests
{
    private static DateClaim OneDate(string text, string language, string? date = "2024-04-02") =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("a.md", text, language, date)));

    [Theory]
    [InlineData("Ministers meet tomorrow in Brussels.", "en", "2024-04-03", "day")]
    [InlineData("The ministers agreed on Wednesday to go ahead.", "en", "2024-03-27", "day")]
    [InlineData("The ministers will meet on Wednesday.", "en", "2024-04-03", "day")]
    [InlineData("The summit opens in Washington in July.", "en", "2024-07", "month")]
    [InlineData("Spending rose sharply this year.", "en", "2024", "year")]
    [InlineData("The treaty was signed on 9 July 2024.", "en", "2024-07-09", "day")]
    [InlineData("The treaty was signed on July 9, 2024.", "en", "2024-07-09", "day")]
    [InlineData("The deal was struck two weeks ago.", "en", "2024-W12", "week")]
    [InlineData("Output grew in the late 1990s.", "en", "1990/1999", "decade")]
    [InlineData("Le mois dernier, il a secoué ses alliés.", "fr", "2024-03", "month")]
    [InlineData("La pièce est dévoilée le 2 avril 2024.", "fr", "2024-04-02", "day")]
    [InlineData("Les exercices ont eu lieu le 1er avril 2024.", "fr", "2024-04-01", "day")]
    [InlineData("Un sommet aura lieu à Washington en juillet.", "fr", "2024-07", "month")]
    [InlineData("The summit was held in July.", "en", "2023-07", "month")]
    [InlineData("The board voted to put it to the annual meeting April 23.", "en", "2024-04-23", "day")]
    [InlineData("Les ministres ont convenu mercredi d'avancer.", "fr", "2024-03-27", "day")]
    [InlineData("Les ministres se retrouveront l'an prochain.", "fr", "2025", "year")]
    [InlineData("Le centre existe depuis la fin des années 90.", "fr", "1990/1999", "decade")]
    [InlineData("Il y a deux semaines, le plan a été dévoilé.", "fr", "2024-W12", "week")]
    public void A_date_is_read_and_placed_from_the_source_date(string text, string language, string iso, string precision)
    {
        var date = OneDate(text, language);

        Assert.Equal(iso, date.Span!.Iso);
        Assert.Equal(precision, date.Span.Unit.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// A French verb's future is read by its ending ("pourra", "suivra"), but only on a word in lower case that stands
    /// alone: a capitalised name ("Alexandra", "Elektra") and the first part of a compound ("ultra-favorite", "intra-afghans")
    /// are no verbs. A pronoun joined by a hyphen ("pourra-t-il") keeps the verb.
    /// </summary>
    [Theory]
    [InlineData("Le corps d'Alexandra Martin a été retrouvé samedi près du lac.", "2024-03-30")]
    [InlineData("L'équipe ultra-favorite a gagné samedi la finale.", "2024-03-30")]
    [InlineData("Le club pourra-t-il jouer samedi à domicile ?", "2024-04-06")]
    public void French_future_endings_are_read_on_verbs_only(string text, string iso) =>
        Assert.Equal(iso, OneDate(text, "fr").Span!.Iso);

    /// <summary>
    /// A day and month that date a French noun of an event set by a calendar ("les élections du 26 mai") name an event a reader
    /// places in the nearest year: the verb's past tense says when the sentence's news happened, not that event. A day that
    /// dates the verb, another noun ("les attentats du 12 juin") or says which itself ("dernier") still follows the tense.
    /// </summary>
    [Theory]
    [InlineData("Le parti a dévoilé sa liste pour les élections régionales du 12 juin.", "fr", "2024-06-12")]
    [InlineData("Elle a confirmé sa venue au sommet du 12 juin à Lisbonne.", "fr", "2024-06-12")]
    [InlineData("Le sommet a eu lieu le 12 juin.", "fr", "2023-06-12")]
    [InlineData("Les enquêteurs ont entendu les témoins des attentats du 12 juin.", "fr", "2023-06-12")]
    [InlineData("Le parti a dévoilé sa liste pour le scrutin du 12 juin dernier.", "fr", "2023-06-12")]
    [InlineData("The summit was held on June 12.", "en", "2023-06-12")]
    public void A_day_that_dates_a_noun_is_the_nearest_whatever_the_tense(string text, string language, string iso) =>
        Assert.Equal(iso, OneDate(text, language).Span!.Iso);

    [Theory]
    [InlineData("The show goes out every Tuesday on the station's second channel.", "en")]
    [InlineData("The fund's managers meet each Friday in Oslo.", "en")]
    [InlineData("Le groupe se réunit comme chaque mardi à l'Assemblée.", "fr")]
    public void A_weekday_that_comes_back_dates_no_event(string text, string language) =>
        Assert.Empty(TestText.ClaimsOf<DateClaim>(TestText.Dated("a.md", text, language, "2024-04-02")));

    [Fact]
    public void The_end_of_a_decade_is_its_last_years()
    {
        var span = OneDate("Le centre existe depuis la fin des années 90.", "fr").Span!;

        Assert.Equal("late 1990s", span.Display);
        Assert.True(span.First.Year >= 1996 && span.Last == new DateOnly(1999, 12, 31));
    }

    [Theory]
    [InlineData("Ministers meet tomorrow in Brussels.", "en")]
    [InlineData("The ministers agreed on Wednesday to go ahead.", "en")]
    [InlineData("Le mois dernier, il a secoué ses alliés.", "fr")]
    [InlineData("Un sommet aura lieu à Washington en juillet.", "fr")]
    public void A_relative_date_in_an_undated_source_stays_relative(string text, string language)
    {
        var date = OneDate(text, language, date: null);

        Assert.True(date.IsUnresolved);
        Assert.Null(date.Range);
        Assert.Contains("relative", date.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_inferred_from_the_text_does_not_place_relative_dates()
    {
        // The newest day a text names is when it was written at the earliest, not the day "tomorrow" counts from.
        var source = TestText.Source("Le 2 avril 2024, la pièce est dévoilée. Les ministres se réunissent demain.", "fr");

        var dates = TestText.ClaimsOf<DateClaim>(source);

        Assert.Equal("2024-04-02", dates[0].Span!.Iso);
        Assert.True(dates[1].IsUnresolved);
    }

    [Theory]
    [InlineData("It may rain in Brussels.", "en")]
    [InlineData("Protesters march on the capital.", "en")]
    [InlineData("The Sunday Times reported the plan.", "en")]
    [InlineData("Black Friday sales rose.", "en")]
    [InlineData("May I ask a question about the plan?", "en")]
    [InlineData("Ils se reposent le week-end.", "fr")]
    [InlineData("Cet été sera chaud.", "fr")]
    [InlineData("Il a vu un chat.", "fr")]
    [InlineData("Il y a des doutes sur le plan.", "fr")]
    [InlineData("La sonde vers Mars est partie.", "fr")]
    public void Words_that_only_look_like_dates_are_not_dates(string text, string language)
    {
        Assert.Empty(TestText.ClaimsOf<DateClaim>(TestText.Dated("a.md", text, language, "2024-04-02")));
    }
}
