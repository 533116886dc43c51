using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// What an election figure measures: "de votants" is a turnout though it shares its stems with "des votes", and an event in
/// the complement of a measure noun ("le taux de participation à ce référendum") says what the measure is of.
/// </summary>
public sealed class VoteMeasureTests
{
    private static string? MeasureOf(string text, string figure, string language = "fr") =>
        FrameAt(text, figure, language).Measure?.Key;

    [Fact]
    public void A_share_of_voters_is_a_turnout_and_a_share_of_votes_a_vote_share()
    {
        Assert.Equal("turnout", MeasureOf("Le scrutin a mobilisé, avec 71 % de votants.", "71 %"));
        Assert.Equal("votes", MeasureOf("Le candidat sortant a recueilli 52 % des votes.", "52 %"));
    }

    [Fact]
    public void The_event_in_a_measure_nouns_complement_is_not_the_measure()
    {
        Assert.Equal("turnout", MeasureOf("Le taux de participation à ce référendum est historique, autour de 80 %.", "autour de 80 %"));
        Assert.Equal("turnout", MeasureOf("The turnout in the referendum was high, at 64 %.", "64 %", "en"));
    }
}
