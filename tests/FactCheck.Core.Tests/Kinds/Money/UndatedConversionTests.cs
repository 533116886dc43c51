using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Kinds.Money;

/// <summary>
/// A conversion in brackets is checked at the rates of its source's date; an undated source borrows its story's date, but
/// may be older than its story, so its conversion is wrong only when no year of the fifteen before makes it right.
/// </summary>
public sealed class UndatedConversionTests
{
    private const string Story = "The studio's new film opened in cinemas across Europe this week.";

    private static string[] Mismatches(string sentence, string? date) =>
        [.. Findings(Dated("a.md", sentence, "en", date), Dated("b.md", Story, "en", "2018-06-01"))
            .Where(f => f.Rule == "restatement-mismatch").Select(f => f.Message)];

    [Fact]
    public void An_undated_conversion_right_at_the_rates_of_an_earlier_year_is_not_flagged() =>
        // $150m was about £112m in 2018, and £75m-£82m in 2004-2007.
        Assert.Empty(Mismatches("The studio said the film earned $150m (£80m) in its first week.", date: null));

    [Fact]
    public void An_undated_conversion_wrong_at_every_rate_is_flagged() =>
        Assert.Contains("has no date", Assert.Single(Mismatches("The studio said the film earned $15m (£80m) in its first week.", date: null)), StringComparison.Ordinal);

    [Fact]
    public void A_dated_conversion_is_checked_at_its_own_year() =>
        Assert.Single(Mismatches("The studio said the film earned $150m (£80m) in its first week.", date: "2018-05-30"));
}
