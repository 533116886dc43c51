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

    // The factor of each whole number of days between the two bounds, worked out once by the one formula: a run of
    // thousands of sources compares a million pairs, and days apart are whole numbers.
    private static readonly double[] Between = [.. Enumerable.Range(0, (int)Apart).Select(days => 1 - (1 - Floor) * Math.Log(days / SameEvent) / Math.Log(Apart / SameEvent))];

    public static double Factor(SourceDate? a, SourceDate? b) => Factor(Point.Of(a), Point.Of(b));

    public static double Factor(Point a, Point b)
    {
        if (!a.Declared || !b.Declared) return 1;
        var days = Math.Abs(a.Day - b.Day) - a.Slack - b.Slack;
        if (days <= SameEvent) return 1;
        if (days >= Apart) return Floor;
        return Between[days];
    }

    /// <summary>
    /// What the factor reads of a source's date: whether it was declared, the day number of its midpoint, and how far
    /// from it the day a partial date means may lie.
    /// </summary>
    public readonly record struct Point(bool Declared, int Day, int Slack)
    {
        public static Point Of(SourceDate? date) => date is { Origin: DateOrigin.Declared } ? new(true, date.Midpoint.DayNumber, SlackOf(date)) : default;

        private static int SlackOf(SourceDate date) => date switch
        {
            { Month: null } => 182,
            { Day: null } => 15,
            _ => 0,
        };
    }
}
