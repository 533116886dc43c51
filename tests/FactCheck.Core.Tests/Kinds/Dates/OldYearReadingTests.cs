using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// A year before 1900 after a date word is a date of year precision ("surveyed in 1871", "fondée en 1865"); the same
/// figure followed by a plural noun or a unit ("en 1200 exemplaires", "from 1200 to 1600 feet") stays a count or a measure.
/// </summary>
public sealed class OldYearReadingTests
{
    private static string[] Years(string text, string language) =>
        [.. TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)).Select(c => c.Span?.Iso ?? "?")];

    [Theory]
    [InlineData("The glacier was surveyed in 1871 by two brothers.", "en", "1871")]
    [InlineData("The society has met every spring since 1848.", "en", "1848")]
    [InlineData("Le phare a été achevé en 1865 par les ingénieurs de la marine.", "fr", "1865")]
    [InlineData("La coopérative existe depuis 1799, dit-on.", "fr", "1799")]
    public void A_year_before_1900_after_a_date_word_is_a_date(string text, string language, string year)
    {
        Assert.Equal([year], Years(text, language));
    }

    [Theory]
    [InlineData("The pamphlet was printed in 1200 copies.", "en")]
    [InlineData("The trail climbs from 1200 to 1600 feet.", "en")]
    [InlineData("Le tract a été imprimé en 1200 exemplaires.", "fr")]
    [InlineData("La route monte de 1200 à 1600 mètres.", "fr")]
    [InlineData("Le réseau s'étend sur 1850 km depuis 1990.", "fr")]
    [InlineData("The index lost 212 points to 1645 on Friday.", "en")]
    [InlineData("Trading was extended until 1330 GMT on Monday.", "en")]
    [InlineData("La façade est ornée de 1320 LED bleues.", "fr")]
    public void A_figure_that_counts_or_measures_is_not_an_old_year(string text, string language)
    {
        Assert.DoesNotContain(Years(text, language), y => y.StartsWith('1') && !y.StartsWith("19", StringComparison.Ordinal));
    }
}
