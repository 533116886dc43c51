using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>The shorter date forms of news and reference texts, placed from the source's declared date (2024-04-02, a Tuesday).</summary>
public sealed class DateFormTests
{
    private static List<DateClaim> Dates(string text, string language, string? date = "2024-04-02") =>
        [.. TestText.ClaimsOf<DateClaim>(TestText.Dated("a.md", text, language, date))];

    private static DateClaim OneDate(string text, string language, string? date = "2024-04-02") => Assert.Single(Dates(text, language, date));

    [Theory]
    [InlineData("The Fed proposed the rules Jan. 8.", "en", "2024-01-08")]
    [InlineData("The new prices take effect on Sept. 1.", "en", "2024-09-01")]
    [InlineData("TORONTO, March 24 - The bank said it would sell the unit.", "en", "2024-03-24")]
    [InlineData("The rate was fixed on Jan. 1, 1988.", "en", "1988-01-01")]
    [InlineData("The bond was issued on 12-Jan-98.", "en", "1998-01-12")]
    [InlineData("The board will decide before the 16th whether to accept.", "en", "2024-04-16")]
    [InlineData("Iran said its forces attacked last night.", "en", "2024-04-01")]
    [InlineData("Le ministre avait été interrogé la veille.", "fr", "2024-04-01")]
    [InlineData("Les résultats seront connus dans trois semaines.", "fr", "2024-W17")]
    [InlineData("La décision sera rendue dans deux mois.", "fr", "2024-06")]
    [InlineData("Les candidats ont été reçus lundi et vendredi prochains.", "fr", "2024-04-05")]
    public void A_short_form_is_placed_from_the_source_date(string text, string language, string iso)
    {
        var date = Dates(text, language).Last();

        Assert.Equal(iso, date.Span!.Iso);
    }

    [Theory]
    [InlineData("Les violences ont eu lieu du 12 au 15 juin.", "fr", "2023-06-12", "2023-06-15")]
    [InlineData("Il recevra les syndicats entre le 7 et le 17 janvier.", "fr", "2025-01-07", "2025-01-17")]
    [InlineData("Les sommes perçues entre janvier et avril 2019 sont rendues.", "fr", "2019-01-01", "2019-04-30")]
    [InlineData("Le coût a progressé de 15% entre 2010 et 2016.", "fr", "2010-01-01", "2016-12-31")]
    [InlineData("Sur la période 2010-2017, la hausse atteint 15%.", "fr", "2010-01-01", "2017-12-31")]
    [InlineData("The group sold shares between Feb 11 and 19 at a loss.", "en", "2024-02-11", "2024-02-19")]
    [InlineData("The festival runs from 3 to 5 May.", "en", "2024-05-03", "2024-05-05")]
    [InlineData("The talks are set for May 4-6 in Geneva.", "en", "2024-05-04", "2024-05-06")]
    [InlineData("The 1986/87 crop was forecast at 14 mln tonnes.", "en", "1986-01-01", "1987-12-31")]
    public void A_span_runs_from_its_first_date_to_its_last(string text, string language, string first, string last)
    {
        var span = OneDate(text, language).Span!;

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), span.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), span.Last);
        Assert.Contains('/', span.Iso);
    }

    [Theory]
    [InlineData("Profit rose in the third quarter of 2023.", "en", "2023-Q3")]
    [InlineData("Sales fell in Q1 2024.", "en", "2024-Q1")]
    [InlineData("Le chiffre d'affaires du troisième trimestre 2023 a reculé.", "fr", "2023-Q3")]
    public void A_quarter_is_three_months_of_its_year(string text, string language, string iso)
    {
        var date = OneDate(text, language);

        Assert.Equal(iso, date.Span!.Iso);
        Assert.Equal(3, date.Span.Last.Month - date.Span.First.Month + 1);
    }

    [Theory]
    [InlineData("The plant should reach full capacity by the year end.", "en", DatePart.End, 2024)]
    [InlineData("Elle entrera en production avant la fin de l'année.", "fr", DatePart.End, 2024)]
    [InlineData("La gamme sera renouvelée d'ici à la fin de l'année 2021.", "fr", DatePart.End, 2021)]
    [InlineData("The budget is due by the end of next year.", "en", DatePart.End, 2025)]
    public void A_part_of_a_year_is_its_third(string text, string language, DatePart part, int year)
    {
        var span = OneDate(text, language).Span!;

        Assert.Equal(part, span.Part);
        Assert.Equal(year, span.First.Year);
    }

    [Theory]
    [InlineData("The 1987 crop was smaller.", "en", "1987")]
    [InlineData("Turnover will stabilize around 1986's level.", "en", "1986")]
    [InlineData("The debentures are due 2002.", "en", "2002")]
    [InlineData("Expenses rose in fiscal 1988.", "en", "1988")]
    public void A_year_named_by_what_it_dates_is_a_date(string text, string language, string iso) =>
        Assert.Equal(iso, OneDate(text, language).Span!.Iso);

    [Theory]
    [InlineData("The 2000 delegates voted.", "en")]
    [InlineData("Mr Kennedy told Radio 4's Today programme he would stay.", "en")]
    [InlineData("Il s'est confié à l'hebdomadaire Le Journal du Dimanche.", "fr")]
    [InlineData("Elle était l'invitée de Télé 7 Jours.", "fr")]
    [InlineData("La veille du sommet, les ministres ont dîné.", "fr")]
    [InlineData("It had 12 mln shares in the 30th year.", "en")]
    public void A_name_or_a_count_is_no_date(string text, string language) =>
        Assert.Empty(Dates(text, language));
}
