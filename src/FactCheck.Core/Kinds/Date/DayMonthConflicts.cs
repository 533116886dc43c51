using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Rules;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A day and month written without a year ("le 5 décembre", "on 18 of March") in a source that declares no date cannot be
/// placed on the calendar, but it still pins down a day of the year. It disagrees with a date of the same fact placed on
/// one day ("5 November 2018", or "le 5 novembre" in a dated source) that falls on another day of the year: whatever year
/// the writer meant, the day named is not the other source's.
/// </summary>
internal static class DayMonthConflicts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The finding of one date fact whose days of the year differ between sources, or null when they do not (or no day and month stands alone).</summary>
    public static Finding? Of(Fact fact, ConflictRule rule) => PinnedConflicts.Of(fact, rule, DayOf, Display);

    /// <summary>The month and day a claim pins down: those of its one day, or those written when it could not be placed.</summary>
    private static (int Month, int Day)? DayOf(DateClaim claim) => claim.Span switch
    {
        { Unit: DateUnit.Day, Through: null, Part: DatePart.Whole } span when span.First == span.Last => (span.First.Month, span.First.Day),
        null when claim.Clock is null && claim.Date.Date is { Anchor: DateAnchor.UnstatedYear, Unit: DateUnit.Day, Through: null, Part: DatePart.Whole, Month: { } month, Day: { } day } => (month, day),
        _ => null,
    };

    /// <summary>"5 November 2018" for a side with a placed day, "5 December (no year)" for days and months alone.</summary>
    private static string Display(List<DateClaim> side) =>
        side.FirstOrDefault(c => c.Span is not null) is { Span: { } span } ? span.Display
            : string.Create(Invariant, $"{side[0].Date.Date.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(side[0].Date.Date.Month!.Value)} (no year)");
}
