using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// A share whose sentence names no round, in a story that names two rounds of one vote, may be of either: it is never set
/// against a share its sentence ties to a round. In a story that names one round only, it is of that round and compared with it.
/// </summary>
public sealed class StoryRoundTests
{
    [Fact]
    public void A_share_with_no_round_is_not_set_against_a_first_round_share_when_the_story_names_two_rounds()
    {
        var twoRounds = Shown(
            ("a.md", "Lina Ferrat a été élue maire avec 61,2 % des voix.", "fr"),
            ("b.md", "Au second tour, la participation a atteint 68 %. Au premier tour, Lina Ferrat avait recueilli 38,4 % des voix.", "fr"));
        var oneRound = Shown(
            ("a.md", "Lina Ferrat a été élue maire avec 61,2 % des voix.", "fr"),
            ("b.md", "Au second tour, Lina Ferrat a recueilli 58,4 % des voix.", "fr"));

        Assert.Empty(twoRounds);
        Assert.Single(oneRound);
    }

    [Fact]
    public void The_same_holds_in_english_with_a_runoff()
    {
        var twoRounds = Shown(
            ("a.md", "Tomas Reel was elected mayor with 57.9% of the vote.", "en"),
            ("b.md", "Turnout reached 64% in the second round. In the first round, Tomas Reel had won 33.1% of the vote.", "en"));
        var oneRound = Shown(
            ("a.md", "Tomas Reel was elected mayor with 57.9% of the vote.", "en"),
            ("b.md", "In the runoff, Tomas Reel won 55.1% of the vote.", "en"));

        Assert.Empty(twoRounds);
        Assert.Single(oneRound);
    }
}
