using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>Counts a contest shares out among its sides (votes, seats) are one side's each, as shares are.</summary>
public sealed class ContestSideCountTests
{
    [Fact]
    public void Two_candidates_vote_counts_are_two_facts()
    {
        var findings = Shown(
            ("a.md", "Le candidat du Centre a remporté 61,2% des suffrages exprimés, soit plus de 12,6 millions de voix, selon un décompte du ministère. "
                + "Sa rivale Ana Lemoine remporterait 38,8% des suffrages, soit plus de 7,7 millions de voix.", "fr"),
            ("b.md", "Paul Arnaud a recueilli 12.604.221 voix, Ana Lemoine 7.801.337 suffrages, selon les chiffres du ministère pour tout le pays.", "fr"));

        Assert.Empty(findings);
    }

    [Fact]
    public void One_candidates_vote_counts_that_differ_conflict()
    {
        var findings = Shown(("a.md", "Paul Arnaud a recueilli 12,6 millions de voix.", "fr"), ("b.md", "Paul Arnaud a recueilli 14,2 millions de voix.", "fr"));

        Assert.Single(findings);
    }
}
