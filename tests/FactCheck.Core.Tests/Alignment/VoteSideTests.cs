using FactCheck.Frames;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// Vote shares are a side's (an answer's, a candidate's): a share that one source gives to the place of the vote, or to no
/// one, is the side's that the story's other sources give every such share to; a share is written in points.
/// </summary>
public sealed class VoteSideTests
{
    [Fact]
    public void A_share_given_to_the_place_of_the_vote_is_the_winning_answers()
    {
        var findings = Shown(("a.md", "À Malte, le « oui » a obtenu 61,2 % des voix, contre 38,8 % pour le « non ».", "fr"),
            ("b.md", "Le oui l'a emporté. Malte a choisi le divorce avec 61,8 % des voix (contre 38,2 %).", "fr"));

        Assert.Equal(2, findings.Length);
        Assert.Contains(findings, f => f.Message.Contains("61.8%", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("38.2%", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_that_names_no_side_of_the_contest_keeps_its_share_apart()
    {
        var findings = Shown(("a.md", "À Malte, le « oui » a obtenu 61,2 % des voix.", "fr"),
            ("b.md", "Malte a choisi le divorce avec 64 % des voix.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_source_that_gives_one_share_to_the_side_and_names_none_for_another_speaks_of_two()
    {
        var findings = Shown(("a.md", "Helga Varn a été réélue avec 88 % des voix.", "fr"),
            ("b.md", "Helga Varn a obtenu 88 % des suffrages. Élue pour la première fois en 2016, elle l'avait alors emporté avec 39 % des voix.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void Two_shares_of_one_answer_three_tenths_of_a_point_apart_disagree()
    {
        var findings = Shown(("a.md", "Le « non » a obtenu 56,4 % des voix.", "fr"), ("b.md", "Le « non » a obtenu 56,7 % des voix.", "fr"));
        var rounded = Shown(("a.md", "Le « non » a obtenu 56,4 % des voix.", "fr"), ("b.md", "Le « non » a obtenu 56 % des voix.", "fr"));

        Assert.Single(findings);
        Assert.Empty(rounded);
    }

    [Fact]
    public void The_compared_share_of_a_partial_result_is_partial_too()
    {
        var status = Assert.Single(Claims(Source("Selon des résultats partiels, le « oui » l'emporte avec 59 % des voix contre 41 % pour le « non ».", "fr"))
            .Where(c => c.Claim.Mention.Sentence.Text.Substring(c.Claim.Mention.Start, c.Claim.Mention.End - c.Claim.Mention.Start) == "41 %")).Frame.Status;

        Assert.Equal(ClaimStatus.Provisional, status);
    }
}
