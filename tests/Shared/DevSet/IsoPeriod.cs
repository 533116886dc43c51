using System.Globalization;

namespace FactCheck.Tests.DevSet;

/// <summary>The first and last days of an ISO 8601 date as the set writes it: a day, week, month, quarter, year, or "A/B".</summary>
internal static class IsoPeriod
{
    /// <summary>The first and last days, or null when <paramref name="iso"/> is none of the set's forms.</summary>
    public static (DateOnly First, DateOnly Last)? Days(string iso)
    {
        if (iso.Split('/') is [var from, var to])
            return Days(from) is { } a && Days(to) is { } b && a.First <= b.Last ? (a.First, b.Last) : null;
        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4) return null;
        return parts switch
        {
            [_] => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            [_, ['W', ..] week] when Number(week[1..]) is >= 1 and <= 53 and var w && w <= ISOWeek.GetWeeksInYear(year) =>
                (DateOnly.FromDateTime(ISOWeek.ToDateTime(year, w, DayOfWeek.Monday)), DateOnly.FromDateTime(ISOWeek.ToDateTime(year, w, DayOfWeek.Sunday))),
            [_, ['Q', var q]] when q is >= '1' and <= '4' => Months(year, (q - '1') * 3 + 1, 3),
            [_, var month] when Number(month) is >= 1 and <= 12 and var m => Months(year, m, 1),
            [_, var month, var day] when Number(month) is >= 1 and <= 12 and var m && Number(day) is var d && d >= 1 && d <= DateTime.DaysInMonth(year, m) =>
                (new DateOnly(year, m, d), new DateOnly(year, m, d)),
            _ => null,
        };
    }

    private static (DateOnly, DateOnly) Months(int year, int first, int count)
    {
        var start = new DateOnly(year, first, 1);
        return (start, start.AddMonths(count).AddDays(-1));
    }

    private static int Number(string digits) =>
        digits.Length == 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
