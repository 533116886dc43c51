using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// A season written before a year is the months of that season ("in the summer of 2017": June to August 2017), so that
/// it agrees with a month inside it and disagrees with another year; winter, which runs over the new year, holds the
/// December before and the February after.
/// </summary>
public sealed class SeasonReadingTests
{
    private static string[] Dates(string text, string language) =>
        [.. TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)).Select(c => $"{c.Claim.Mention.Text} = {c.Span?.Iso}")];

    private static string[] Rules(params (string Text, string Language)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, null))]).Select(f => $"{f.Rule} {f.Attribute}")];

    [Theory]
    [InlineData("The striker Oskar Lind joined the club in the summer of 2017.", "en", "summer of 2017 = 2017-06/2017-08")]
    [InlineData("Le club a recruté Oskar Lind à l'été 2017.", "fr", "été 2017 = 2017-06/2017-08")]
    [InlineData("Les travaux reprendront au printemps 2026, selon la mairie.", "fr", "printemps 2026 = 2026-03/2026-05")]
    [InlineData("The bridge reopened in autumn 2019 after repairs.", "en", "autumn 2019 = 2019-09/2019-11")]
    [InlineData("The shelter was built during the winter of 1942.", "en", "winter of 1942 = 1941-12/1943-02")]
    public void A_season_before_a_year_is_its_months(string text, string language, string expected)
    {
        Assert.Equal([expected], Dates(text, language));
    }

    [Fact]
    public void A_season_disagrees_with_another_year_of_one_event()
    {
        Assert.Equal(["date-conflict date"], Rules(("Oskar Lind a rejoint le club à l'été 2017.", "fr"), ("Oskar Lind signed for the club in 2018.", "en")));
    }

    [Fact]
    public void A_season_agrees_with_a_month_inside_it()
    {
        Assert.Empty(Rules(("Oskar Lind a rejoint le club à l'été 2017.", "fr"), ("Oskar Lind signed for the club in July 2017.", "en")));
    }
}
