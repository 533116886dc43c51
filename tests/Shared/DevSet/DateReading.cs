namespace FactCheck.Tests.DevSet;

/// <summary>A date, as the set gives it or as the tool read it.</summary>
/// <param name="Value">ISO 8601 at <paramref name="Precision"/> ("1987-03-03" day, "1987-W10" week, "1987-03" month,
/// "1987-Q1" quarter, "1987" year, "1980/1989" decade) or a span of two of them ("1987-03-03/1987-03-05"); null when the
/// date is relative and its source has no date.</param>
/// <param name="Precision">One of <see cref="Precisions"/>.</param>
/// <param name="Part">"start", "middle" or "end" for "early", "mid", "late"; null for the whole period.</param>
/// <param name="Relative">True when the date is counted from the day the text was written.</param>
/// <param name="First">Its first day: the tool's <c>min</c>, or worked out from the set's value.</param>
/// <param name="Last">Its last day: the tool's <c>max</c>, or worked out from the set's value.</param>
internal sealed record DateReading(string? Value, string Precision, string? Part, bool Relative, DateOnly? First, DateOnly? Last) : Reading
{
    /// <summary>The precisions the set uses; the tool's are day, week, month, year and decade.</summary>
    public static readonly IReadOnlySet<string> Precisions = new HashSet<string>(StringComparer.Ordinal)
        { "day", "week", "month", "quarter", "year", "decade" };

    /// <inheritdoc/>
    public override string Describe() =>
        $"{Value ?? "(relative, undated)"} {Precision}{(Part is null ? "" : " " + Part)}{(Relative && Value is not null ? " (relative)" : "")}";
}
