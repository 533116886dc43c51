using FactCheck.Frames;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Money;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// "a rumoured €40m fee" is hearsay of that figure only: the date of the same sentence ("signed in 2018 for a rumoured
/// fee") is stated as a fact, and is compared with the other sources' dates. ("a reported fee" is the fee the press gave:
/// FigureStandingTests.)
/// </summary>
public sealed class ReportedFigureTests
{
    private const string Text = "Oskar Lind signed for the club in 2018 for a rumoured €40m fee.";

    [Fact]
    public void A_rumoured_figure_is_hearsay_and_the_date_of_its_sentence_is_not()
    {
        var source = TestText.Dated("s.md", Text, "en", null);
        Assert.Equal(ClaimStatus.Rumour, Assert.Single(TestText.ClaimsOf<MoneyClaim>(source)).Frame.Status);
        Assert.Equal(ClaimStatus.Fact, Assert.Single(TestText.ClaimsOf<DateClaim>(source)).Frame.Status);
    }

    [Fact]
    public void The_date_of_a_sentence_with_a_rumoured_figure_disagrees_with_another_year()
    {
        var findings = TestText.Findings(TestText.Dated("a.md", Text, "en", null), TestText.Dated("b.md", "Oskar Lind signed for the club in 2017.", "en", null));
        Assert.Contains(findings, f => f.Rule == "date-conflict");
    }
}
