using FactCheck.Inputs;

namespace FactCheck.Stories;

/// <summary>
/// How much two sources' dates let them be one story: 1 within three days, falling on a log scale to 0.3 at three months
/// apart and beyond. One event is reported over a few days, and a company's next announcement weeks later is another
/// story; an event recalled years later still shares enough names to count at 0.3. An unknown date says nothing (1), nor
/// does a date read from the text, which only bounds the publication from below (a biography's newest date is a birth or
/// a death); a partial date ("2019") counts from the nearest day it may mean.
/// </summary>
internal static class DateCloseness
{
    private const double SameEvent = 3;
    private const double Apart = 90;
    private const double Floor = 0.3;

    public static double Factor(SourceDate? a, SourceDate? b)
    {
        if (a is not { Origin: DateOrigin.Declared } || b is not { Origin: DateOrigin.Declared }) return 1;
        var days = Math.Abs(a.Midpoint.DayNumber - b.Midpoint.DayNumber) - Slack(a) - Slack(b);
        if (days <= SameEvent) return 1;
        if (days >= Apart) return Floor;
        return 1 - (1 - Floor) * Math.Log(days / SameEvent) / Math.Log(Apart / SameEvent);
    }

    /// <summary>How far from its midpoint the day a partial date means may lie.</summary>
    private static int Slack(SourceDate date) => date switch
    {
        { Month: null } => 182,
        { Day: null } => 15,
        _ => 0,
    };
}
