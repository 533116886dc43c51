using System.Globalization;

namespace FactCheck.Kinds.Date;

/// <summary>A written date placed on the calendar: the first and last day it can mean, and how precise it is.</summary>
public sealed record DateSpan(DateOnly First, DateOnly Last, DateUnit Unit, DatePart Part = DatePart.Whole)
{
    /// <summary>The first day of the whole period a part is taken from ("late 1990s": 1 January 1990).</summary>
    public DateOnly PeriodStart { get; init; } = First;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>True when the two spans share a day: two dates agree when they do.</summary>
    public bool Meets(DateSpan other) => First <= other.Last && other.First <= Last;

    /// <summary>The last date of a span ("du 3 au 5 mai": 5 May); its <see cref="Last"/> is the span's.</summary>
    public DateSpan? Through { get; init; }

    /// <summary>
    /// ISO 8601 at the date's precision: "2024-07-09", "2024-07", "2024-W14", "2024-Q3", "2024", "1990/1999" for a decade;
    /// a span joins its ends with a slash ("2024-05-03/2024-05-05").
    /// </summary>
    public string Iso => Through is { } end ? $"{OwnIso}/{end.Iso}" : OwnIso;

    private string OwnIso => Unit switch
    {
        DateUnit.Day => PeriodStart.ToString("yyyy-MM-dd", Invariant),
        DateUnit.Week => string.Create(Invariant, $"{ISOWeek.GetYear(PeriodStart.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(PeriodStart.ToDateTime(TimeOnly.MinValue)):D2}"),
        DateUnit.Month => PeriodStart.ToString("yyyy-MM", Invariant),
        DateUnit.Quarter => string.Create(Invariant, $"{PeriodStart.Year:D4}-Q{((PeriodStart.Month - 1) / 3) + 1}"),
        DateUnit.Year => PeriodStart.Year.ToString("D4", Invariant),
        _ => string.Create(Invariant, $"{PeriodStart.Year:D4}/{PeriodStart.Year + 9:D4}"),
    };

    /// <summary>"9 July 2024", "July 2024", "week of 1 April 2024", "2024", "the 1990s", with "early"/"mid"/"late" when a part is meant.</summary>
    public string Display => Through is { } end ? $"{OwnDisplay} to {end.OwnDisplay}" : OwnDisplay;

    private string OwnDisplay
    {
        get
        {
            var whole = Unit switch
            {
                DateUnit.Day => PeriodStart.ToString("d MMMM yyyy", Invariant),
                DateUnit.Week => "week of " + PeriodStart.ToString("d MMMM yyyy", Invariant),
                DateUnit.Month => PeriodStart.ToString("MMMM yyyy", Invariant),
                DateUnit.Quarter => string.Create(Invariant, $"Q{((PeriodStart.Month - 1) / 3) + 1} {PeriodStart.Year}"),
                DateUnit.Year => PeriodStart.Year.ToString(Invariant),
                _ => string.Create(Invariant, $"the {PeriodStart.Year}s"),
            };
            return Part switch
            {
                DatePart.Start => "early " + whole.Replace("the ", "", StringComparison.Ordinal),
                DatePart.Middle => "mid " + whole.Replace("the ", "", StringComparison.Ordinal),
                DatePart.End => "late " + whole.Replace("the ", "", StringComparison.Ordinal),
                _ => whole,
            };
        }
    }
}
