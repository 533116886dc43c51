using FactCheck.Frames;
using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// Dates of a journey's end (dates5-13): a day and month written without a year in a source that declares no date still
/// pins down a day of the year, compared with the placed days of its fact; "reached its destination" ends a journey once,
/// as a landing does; a status cue that opens the next member of a coordination ("and is expected to cost") qualifies
/// that member's verb, not the date before it.
/// </summary>
public sealed class DayMonthDateTests
{
    private static string[] Rules(params (string Text, string Language, string? Date)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, s.Date))]).Select(f => $"{f.Rule} {f.Attribute}")];

    private static ClaimFrame FrameOf(string text, string written, string language = "en") =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, null)), c => c.Claim.Mention.Text == written).Frame;

    [Fact]
    public void A_day_and_month_without_a_year_disagrees_with_another_day_of_the_year()
    {
        var undated = ("The probe Kestrel landed on the moon Io on 12 of April, after a long cruise.", "en", (string?)null);
        var dated = ("The probe Kestrel landed on the moon Io on 12 May 2031.", "en", (string?)"2031-05-13");
        Assert.Equal(["date-conflict date"], Rules(undated, dated));
    }

    [Fact]
    public void A_day_and_month_without_a_year_agrees_with_the_same_day_of_the_year()
    {
        var undated = ("La sonde Kestrel s'est posée sur la lune Io le 12 mai, après une longue croisière.", "fr", (string?)null);
        var dated = ("La sonde Kestrel s'est posée sur Io le 12 mai 2031.", "fr", (string?)"2031-05-13");
        Assert.Empty(Rules(undated, dated));
    }

    [Theory]
    [InlineData("The ferry Northern Star will reach its destination on 9 June and is expected to carry 300 people.", "9 June", "en")]
    [InlineData("Le ferry Northern Star atteindra sa destination le 9 juin et devrait transporter 300 passagers.", "9 juin", "fr")]
    public void A_cue_of_the_next_coordinated_verb_does_not_qualify_the_date_and_the_journey_s_end_is_once(string text, string written, string language)
    {
        var frame = FrameOf(text, written, language);
        Assert.Equal(ClaimStatus.Fact, frame.Status);
        Assert.Equal("land", frame.Measure?.Key);
    }

    [Fact]
    public void A_cue_before_the_date_in_its_own_verb_phrase_still_qualifies_it()
    {
        Assert.Equal(ClaimStatus.Forecast, FrameOf("The ferry Northern Star is expected to reach its destination on 9 June.", "9 June").Status);
    }
}
