using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Rules;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A weekday that cannot be placed on the calendar ("died on Wednesday" in a source that declares no date) still pins down
/// one thing: the day of the week. It disagrees with a date of the same fact that falls on another weekday ("Tuesday 19
/// February 2019", or "on Tuesday" in a dated source): what both pin down differs, though one of them is no day.
/// </summary>
internal static class WeekdayConflicts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The finding of one date fact whose weekdays differ between sources, or null when they do not (or nothing is only a weekday).</summary>
    public static Finding? Of(Fact fact, ConflictRule rule) => PinnedConflicts.Of(fact, rule, WeekdayOf, Display);

    /// <summary>
    /// The weekday a claim pins down: that of its one day, or the one written when it could not be placed. A day counted from
    /// its source's date ("yesterday") pins down no weekday: a source's date is the day it was published, in its time zone,
    /// which may be a day after the day it was written.
    /// </summary>
    private static DayOfWeek? WeekdayOf(DateClaim claim) => claim.Span switch
    {
        { Unit: DateUnit.Day, Through: null } span when span.First == span.Last && claim.Date.Date.Anchor is DateAnchor.Absolute or DateAnchor.Weekday => span.First.DayOfWeek,
        // A weekday alone is little to go on: only when the event word next to it dates it ("est mort ce mercredi"), not a
        // subject word of the sentence bound from afar ("announced on Saturday … won the vote").
        null when claim.Date.Date is { Anchor: DateAnchor.Weekday, Through: null, Weekday: { } day } && claim.Frame.Measure?.Origin == Frames.MeasureOrigin.Predicate => day,
        _ => null,
    };

    /// <summary>"19 February 2019 (Tuesday)" for a side with a placed day, "Wednesday" for weekdays alone.</summary>
    private static string Display(List<DateClaim> side) =>
        side.FirstOrDefault(c => c.Span is not null) is { Span: { } span }
            ? $"{span.Display} ({span.First.DayOfWeek.ToString()})"
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(side[0].Date.Date.Weekday!.Value.ToString().ToLower(Invariant));
}
