namespace FactCheck.Core.Tests.Comparison;

/// <summary>date-conflict, quantity-conflict, percentage-conflict and duration-conflict across sources.</summary>
public sealed class RangeConflictTests
{
    private static string[] Rules(params (string Text, string Language, string? Date)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, s.Date))]).Select(f => $"{f.Rule} {f.Subject}")];

    [Theory]
    [InlineData("The summit will be held in July 2024.", "The summit will open on 9 July 2024.")]
    [InlineData("The summit will be held in July 2024.", "Le sommet se tiendra en juillet 2024.")]
    [InlineData("The meeting took place on Tuesday.", "The meeting in Oslo took place on 12 March 2024.")]
    public void Dates_that_meet_at_their_precision_agree(string first, string second)
    {
        Assert.Empty(Rules((first, "en", "2024-03-13"), (second, second.StartsWith("Le", StringComparison.Ordinal) ? "fr" : "en", "2024-03-15")));
    }

    [Theory]
    [InlineData("The summit will be held in July 2024.", "The summit will be held in June 2024.", "summit")]
    [InlineData("The meeting took place on Tuesday.", "The meeting in Oslo took place on 11 March 2024.", "meeting")]
    public void Dates_that_do_not_meet_conflict(string first, string second, string subject)
    {
        Assert.Equal(["date-conflict " + subject], Rules((first, "en", "2024-03-13"), (second, "en", "2024-03-15")));
    }

    [Fact]
    public void A_relative_date_whose_source_has_no_date_is_never_compared()
    {
        Assert.Empty(Rules(("The summit will be held in July.", "en", null), ("The summit will be held in June 2024.", "en", "2024-03-15")));
    }

    [Fact]
    public void Counts_of_one_group_conflict_across_sources_and_languages()
    {
        Assert.Equal(["quantity-conflict members"], Rules(("The 32 allies met.", "en", null), ("Les 31 membres de l'alliance se sont réunis.", "fr", null)));
        Assert.Empty(Rules(("The 32 allies met.", "en", null), ("Les 32 membres de l'alliance se sont réunis.", "fr", null)));
    }

    [Fact]
    public void Counts_about_different_times_never_conflict()
    {
        Assert.Empty(Rules(("The alliance has 32 members this year against 28 members in 2014.", "en", "2024-04-02"),
            ("The alliance had 28 members in 2014.", "en", "2024-04-03")));
        Assert.Equal(["quantity-conflict members"], Rules(("The alliance had 28 members in 2014.", "en", null), ("The alliance had 26 members in 2014.", "en", null)));
    }

    [Fact]
    public void A_count_of_some_of_a_group_is_not_its_size()
    {
        Assert.Empty(Rules(("The 32 allies met.", "en", null), ("Two allies objected.", "en", null)));
    }

    [Fact]
    public void Percentages_of_one_rate_conflict_when_they_do_not_meet()
    {
        Assert.Equal(["percentage-conflict gdp-share"], Rules(("Allies must spend 2% of GDP.", "en", null), ("Les alliés doivent consacrer 3 % du PIB.", "fr", null)));
        Assert.Empty(Rules(("Allies must spend 2% of GDP.", "en", null), ("Les alliés doivent consacrer environ 2,1 % du PIB.", "fr", null)));
    }

    [Fact]
    public void Durations_of_one_fund_conflict_in_any_unit()
    {
        Assert.Equal(["duration-conflict fund"], Rules(("The fund is spread over five years.", "en", null), ("Le fonds est réparti sur quatre ans.", "fr", null)));
        Assert.Empty(Rules(("The fund is spread over five years.", "en", null), ("The fund will run for 60 months.", "en", null)));
    }

    [Fact]
    public void One_source_stating_two_values_is_not_a_conflict_between_sources()
    {
        Assert.Empty(Rules(("The 32 allies met. Later, 31 allies signed.", "en", null)));
    }
}
