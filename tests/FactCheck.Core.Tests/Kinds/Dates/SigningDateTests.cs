using FactCheck.Kinds.Date;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// The day a player or an employee joins a club or a company (dates5-13): the words of an event phrase are read through
/// a date set off by commas ("s'est engagée, mardi 4 juillet, avec le club"), a reflexive "s'engager avec" a club is
/// a transfer, and a transfer and a signing are related events, so their dates are compared (at most as a warning).
/// A promise ("s'est engagé, lundi 10 juillet, à fermer deux usines") is no transfer.
/// </summary>
public sealed class SigningDateTests
{
    private static string[] Rules(params (string Text, string Language, string? Date)[] sources) =>
        [.. TestText.Findings([.. sources.Select((s, i) => TestText.Dated($"s{i}.md", s.Text, s.Language, s.Date))]).Select(f => $"{f.Rule} {f.Severity}")];

    private static string? EventOf(string text, string written, string language, string? date = null) =>
        Assert.Single(TestText.ClaimsOf<DateClaim>(TestText.Dated("s.md", text, language, date)), c => c.Claim.Mention.Text == written).Frame.Measure?.Key;

    [Theory]
    [InlineData("La gardienne Marta Olsen s'est officiellement engagée, mardi 4 juillet, avec le club norvégien de Brann.", "4 juillet", "fr")]
    [InlineData("The winger Tomas Arvidsen was transferred, on 4 July, to Real Sporting Club.", "4 July", "en")]
    public void An_event_phrase_is_read_through_a_date_set_off_by_commas(string text, string written, string language)
    {
        Assert.Equal("transfer", EventOf(text, written, language, "2023-07-05"));
    }

    [Fact]
    public void A_promise_made_on_a_day_is_no_transfer()
    {
        Assert.NotEqual("transfer", EventOf("Le ministre Paul Ferrand s'est engagé, lundi 10 juillet, à fermer deux usines du groupe.", "10 juillet", "fr", "2023-07-11"));
    }

    [Fact]
    public void A_transfer_and_a_signing_of_one_club_on_different_days_disagree()
    {
        var joined = ("La gardienne Marta Olsen s'est engagée, mardi 4 juillet, avec le club de Brann jusqu'en juin 2026.", "fr", (string?)"2023-07-05");
        var signed = ("Marta Olsen a signé fin septembre 2023 pour trois saisons à Brann.", "fr", (string?)"2023-10-02");
        Assert.Equal(["date-conflict Warning"], Rules(joined, signed));
    }

    [Fact]
    public void A_transfer_and_a_signing_of_one_club_on_the_same_day_agree()
    {
        var joined = ("La gardienne Marta Olsen s'est engagée, mardi 4 juillet, avec le club de Brann jusqu'en juin 2026.", "fr", (string?)"2023-07-05");
        var signed = ("Marta Olsen a signé le 4 juillet 2023 pour trois saisons à Brann.", "fr", (string?)"2023-10-02");
        Assert.Empty(Rules(joined, signed));
    }
}
