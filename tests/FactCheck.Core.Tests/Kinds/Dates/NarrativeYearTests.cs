using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// "The next year", "l'année suivante", "un an plus tard" count from the last year the text named before them, not from the
/// day it was written; without such a year near, or in a sentence that looks ahead, they read as before.
/// </summary>
public sealed class NarrativeYearTests
{
    private static int? YearOf(string text, string written, string language = "en", string? date = "2020-05-01") =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, date)), c => c.Claim.Mention.Text == written) is
            { Span: { } span } && span.First.Year == span.Last.Year ? span.First.Year : null;

    [Theory]
    [InlineData("In 1951 the two cousins cut the menu of their diner. The next year, they opened a second diner.", "The next year", 1952, "en")]
    [InlineData("The mill closed in 1951 and reopened the following year.", "the following year", 1952, "en")]
    [InlineData("Les douaniers avaient ouvert leur enquête à l'automne 2011, suivis l'année suivante par la police.", "l'année suivante", 2012, "fr")]
    [InlineData("En 1951, la scierie a fermé. Un an plus tard, elle a rouvert.", "Un an plus tard", 1952, "fr")]
    public void A_year_counted_in_a_narrative_is_counted_from_the_last_year_named(string text, string written, int year, string language)
    {
        Assert.Equal(year, YearOf(text, written, language));
    }

    [Theory]
    [InlineData("The mill will reopen next year.", "next year", 2021)]
    [InlineData("The mill closed in 1951. It will reopen the next year, its owner says.", "next year", 2021)]
    public void A_next_year_without_an_article_or_looking_ahead_is_counted_from_the_writing_date(string text, string written, int year)
    {
        Assert.Equal(year, YearOf(text, written));
    }
}
