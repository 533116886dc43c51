using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// Blank ballots, null ballots and the two together are three measures ("8 % de blancs et 3 % de nuls"); a "depuis"/"since"
/// a few words after a record word ("le plus élevé depuis 1981") says how long a record held, not that the figure is a
/// cumulative total.
/// </summary>
public sealed class BallotShareTests
{
    private static FactCheck.Frames.ClaimFrame FrameOf(string text, string figure, string language = "fr") =>
        FrameAt(text, figure, language);

    [Fact]
    public void Blank_null_and_blank_and_null_ballots_are_three_measures()
    {
        const string text = "Au second tour, les bulletins blancs ont atteint 6,2 % et les bulletins nuls 1,9 %.";
        const string together = "Au total, les blancs et nuls approchent 8,1 %.";

        Assert.Equal("blank-votes", FrameOf(text, "6,2 %").Measure?.Key);
        Assert.Equal("null-votes", FrameOf(text, "1,9 %").Measure?.Key);
        Assert.Equal("blank-and-null-votes", FrameOf(together, "8,1 %").Measure?.Key);
        Assert.Equal("null-votes", FrameOf("Invalid votes reached 1.4% on Sunday.", "1.4%", "en").Measure?.Key);
    }

    [Fact]
    public void A_record_held_since_a_year_is_no_cumulative_figure()
    {
        var record = FrameOf("Le taux de chômage, 9,4 %, est le plus élevé enregistré dans la région depuis 1997.", "9,4 %");
        var cumulative = FrameOf("La région a perdu 12 000 emplois depuis 1997.", "12 000 emplois");
        var highest = FrameOf("Unemployment rose to 7.8%, its highest level since 1997.", "7.8%", "en");

        Assert.Null(record.Scope.Basis);
        Assert.Null(record.Scope.Time);
        Assert.Equal("cumulative", cumulative.Scope.Basis);
        Assert.Null(highest.Scope.Basis);
    }

    [Fact]
    public void Blank_ballots_given_as_different_shares_by_two_sources_disagree()
    {
        var findings = Shown(
            ("a.md", "Pour Anne Morel, les bulletins blancs, 5,3 %, et nuls 2,1 %, sont au plus haut depuis 1969.", "fr"),
            ("b.md", "Pour Anne Morel, 9 % de vote blanc, un record.", "fr"));

        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.Values.Length);
    }
}
