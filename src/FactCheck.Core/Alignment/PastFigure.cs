using FactCheck.Inputs;
using FactCheck.Mentions;

namespace FactCheck.Alignment;

/// <summary>
/// A figure whose clause ties it to a time long before the other source was written, and a figure with no time and no
/// holder in common with it (<see cref="HolderMatch"/>): "the previous record, set when X moved for £89m in August 2016"
/// and "the club paid €222m" in a story dated August 2017. A news source's figure with no time is of its news, on or near
/// its date; the one tied to a past time is another fact (an earlier deal, last year's result). Only amounts and counts:
/// a date or a place of a past event is the story's own.
/// </summary>
internal static class PastFigure
{
    /// <summary>How long before a source's date a time may end and still be that source's news (half a year).</summary>
    private const int NewsDays = 183;

    public static bool Apart(AlignedClaim a, AlignedClaim b)
    {
        var kind = a.Claim.Claim.Mention.Kind;
        return (kind == ClaimKind.Money || kind == ClaimKind.Quantity) && (Before(a, b) || Before(b, a));
    }

    private static bool Before(AlignedClaim timed, AlignedClaim untimed)
    {
        if (timed.Frame.Scope.Time?.Span is not { } span || untimed.Frame.Scope.Time is not null) return false;
        return untimed.Claim.Claim.Mention.Sentence.Source.Date is { Origin: DateOrigin.Declared, Day: not null } written
            && written.Midpoint.DayNumber - span.Last.DayNumber > NewsDays;
    }
}
