using FactCheck.Mentions;

namespace FactCheck.Alignment;

/// <summary>
/// The one figure two sources of a story give for a measure of the story's own thing: "Il coûte dix milliards de dollars"
/// and "Cette prouesse à 10 milliards d'euros" in a story of one telescope, "an audience of more than 400,000 people" and
/// "around 500,000 fans attended" in one of a festival. A writer who names no holder leaves it to the context, and the
/// context of a story is its own thing; so when each source states the measure once (<see cref="AlignedClaim.Alone"/>)
/// and neither names another holder than the story's entity, the two are one fact (medium: a warning at most). A figure
/// a source gives twice, or for a name of its own, stays with the rules of named holders.
/// </summary>
internal static class StoryFigure
{
    public static bool Both(AlignedClaim a, AlignedClaim b)
    {
        var kind = a.Claim.Claim.Mention.Kind;
        if ((kind != ClaimKind.Money && kind != ClaimKind.Quantity) || !a.Alone || !b.Alone) return false;
        if (a.Frame.Measure is not { IsStem: false } x || b.Frame.Measure is not { } y || x.Key != y.Key) return false;
        return (a.Holder is null && b.Holder is null) || StoryEntity.Both(a.Holder, b.Holder, a.StoryWords.Value);
    }
}
