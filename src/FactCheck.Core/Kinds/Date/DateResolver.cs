using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Places written dates on the calendar. An absolute date needs nothing; a relative one ("tomorrow", "on Wednesday",
/// "le mois dernier", "in July") needs the day its source was written, and only a declared date says that: a date
/// inferred from the text is the newest day it names, not the day it was written, so relative dates stay relative there.
/// </summary>
public static class DateResolver
{
    /// <summary>The days <paramref name="date"/> can mean, or null when it is relative and <paramref name="source"/> does not declare a precise enough date.</summary>
    public static DateSpan? Resolve(WrittenDate date, SourceDocument source)
    {
        if (date.Through is { } last)
        {
            // A span: its first and last dates, each placed as written; the span runs from one to the other.
            var end = Resolve(last, source);
            var start = date with { Through = null };
            // "entre janvier et avril 2019", "du 28 décembre au 3 janvier": the first date is of the last one's year, or the year before.
            if (end is not null && start is { Anchor: DateAnchor.UnstatedYear, Month: { } month })
                start = start with { Year = month <= end.First.Month ? end.First.Year : end.First.Year - 1, Anchor = DateAnchor.Absolute };
            var first = Resolve(start, source);
            return first is null || end is null || end.Last < first.First ? null : first with { Last = end.Last, Through = end };
        }
        var reference = source.Date is { Origin: DateOrigin.Declared } declared ? declared : null;
        var span = date.Anchor switch
        {
            DateAnchor.Absolute => Absolute(date),
            DateAnchor.WritingDate => reference is null ? null : FromWritingDate(date, reference),
            DateAnchor.Weekday => reference is { Month: { } m, Day: { } d } ? Weekday(date, new DateOnly(reference.Year, m, d)) : null,
            DateAnchor.UnstatedMonth => reference is { Month: { } m, Day: { } d } ? InNearestMonth(date, new DateOnly(reference.Year, m, d)) : null,
            _ => reference is { Month: { } month } ? InNearestYear(date, reference.Year, month, reference.Day) : null,
        };
        return span is null || date.Part == DatePart.Whole ? span : Third(span, date.Part);
    }

    private static DateSpan? Absolute(WrittenDate date) => date switch
    {
        { Unit: DateUnit.Day, Year: { } y, Month: { } m, Day: { } d } => Days(new DateOnly(y, m, d), 1, DateUnit.Day),
        { Unit: DateUnit.Month, Year: { } y, Month: { } m } => Month(y, m),
        { Unit: DateUnit.Quarter, Year: { } y, Month: { } m } => Quarter(y, m),
        { Unit: DateUnit.Year, Year: { } y } => new DateSpan(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DateUnit.Year),
        { Unit: DateUnit.Decade, Year: { } y } => new DateSpan(new DateOnly(y, 1, 1), new DateOnly(y + 9, 12, 31), DateUnit.Decade),
        _ => null,
    };

    private static DateSpan? FromWritingDate(WrittenDate date, SourceDate reference) => (date.Unit, reference) switch
    {
        (DateUnit.Day, { Month: { } m, Day: { } d }) => Days(new DateOnly(reference.Year, m, d).AddDays(date.Offset), 1, DateUnit.Day),
        (DateUnit.Week, { Month: { } m, Day: { } d }) => Days(Monday(new DateOnly(reference.Year, m, d)).AddDays(7 * date.Offset), 7, DateUnit.Week),
        (DateUnit.Month, { Month: { } m }) => Month(new DateOnly(reference.Year, m, 1).AddMonths(date.Offset).Year, new DateOnly(reference.Year, m, 1).AddMonths(date.Offset).Month),
        (DateUnit.Year, _) => new DateSpan(new DateOnly(reference.Year + date.Offset, 1, 1), new DateOnly(reference.Year + date.Offset, 12, 31), DateUnit.Year),
        _ => null,
    };

    /// <summary>"on Wednesday": the Wednesday before the writing date (or that day), after it when the sentence looks ahead, the nearest when it does not say.</summary>
    private static DateSpan Weekday(WrittenDate date, DateOnly written)
    {
        var back = ((int)written.DayOfWeek - (int)date.Weekday!.Value + 7) % 7;
        var ahead = (7 - back) % 7;
        var offset = date.Future switch
        {
            true => ahead,
            false => -back,
            null => ahead < back ? ahead : -back,
        };
        return Days(written.AddDays(offset), 1, DateUnit.Day);
    }

    /// <summary>
    /// "in July", "le 9 juillet": the one of last year, this year or next year nearest the writing date. A news text names a
    /// month without its year when it is near; the sentence's tense only overrides that when the nearest is more than
    /// <see cref="TenseOverride"/> days away on the other side ("was held in July", written in April, is last July).
    /// </summary>
    private static DateSpan? InNearestYear(WrittenDate date, int year, int month, int? day)
    {
        if (date.Month is not { } writtenMonth) return null;
        var written = new DateOnly(year, month, day ?? 15).DayNumber;
        // The three years' candidates in order, read by loops: the array, list, closures and LINQ calls made for every such
        // date were 9.2 MB over the bench corpus (allocation ticks of e76d391).
        var (last, now, next) = (Candidate(date, year - 1, writtenMonth), Candidate(date, year, writtenMonth), Candidate(date, year + 1, writtenMonth));
        DateSpan? nearest = null;
        foreach (var candidate in (ReadOnlySpan<DateSpan?>)[last, now, next])
            if (candidate is not null && (nearest is null || Math.Abs(Distance(candidate, written)) < Math.Abs(Distance(nearest, written)))) nearest = candidate;
        if (nearest is null || date.Future is not { } future || Math.Abs(Distance(nearest, written)) <= TenseOverride || future == Distance(nearest, written) > 0) return nearest;
        if (future)
        {
            foreach (var candidate in (ReadOnlySpan<DateSpan?>)[last, now, next])
                if (candidate is not null && Distance(candidate, written) > 0) return candidate;
            return null;
        }
        foreach (var candidate in (ReadOnlySpan<DateSpan?>)[next, now, last])
            if (candidate is not null && Distance(candidate, written) < 0) return candidate;
        return null;
    }

    /// <summary>The month (or its day, or its quarter) of <paramref name="date"/> in <paramref name="year"/>; null for a day that year lacks (29 February).</summary>
    private static DateSpan? Candidate(WrittenDate date, int year, int month) =>
        date.Day is { } d ? (d <= DateTime.DaysInMonth(year, month) ? Days(new DateOnly(year, month, d), 1, DateUnit.Day) : null)
        : date.Unit == DateUnit.Quarter ? Quarter(year, month) : Month(year, month);

    /// <summary>Days from the writing day (<paramref name="written"/>, a day number) to the middle of <paramref name="span"/>.</summary>
    private static int Distance(DateSpan span, int written) => span.First.DayNumber + ((span.Last.DayNumber - span.First.DayNumber) / 2) - written;

    private const int TenseOverride = 60;

    /// <summary>"before the 16th": that day of the writing month, or of the month before or after when the tense points there and it is nearer.</summary>
    private static DateSpan? InNearestMonth(WrittenDate date, DateOnly written)
    {
        if (date.Day is not { } day) return null;
        var candidates = new[] { -1, 0, 1 }.Select(n => new DateOnly(written.Year, written.Month, 1).AddMonths(n))
            .Where(m => day <= DateTime.DaysInMonth(m.Year, m.Month)).Select(m => new DateOnly(m.Year, m.Month, day))
            .Where(d => date.Future is not { } future || (future ? d >= written : d <= written)).ToList();
        return candidates.Count == 0 ? null : Days(candidates.MinBy(d => Math.Abs(d.DayNumber - written.DayNumber)), 1, DateUnit.Day);
    }

    private static DateSpan Quarter(int year, int month)
    {
        var first = new DateOnly(year, ((month - 1) / 3 * 3) + 1, 1);
        return new DateSpan(first, first.AddMonths(3).AddDays(-1), DateUnit.Quarter);
    }

    private static DateSpan Third(DateSpan span, DatePart part)
    {
        var days = span.Last.DayNumber - span.First.DayNumber + 1;
        var third = days / 3;
        return part switch
        {
            DatePart.Start => span with { Last = span.First.AddDays(third - 1), Part = part },
            DatePart.Middle => span with { First = span.First.AddDays(third), Last = span.First.AddDays((2 * third) - 1), Part = part },
            _ => span with { First = span.First.AddDays(2 * third), Part = part },
        };
    }

    private static DateSpan Days(DateOnly first, int count, DateUnit unit) => new(first, first.AddDays(count - 1), unit);

    private static DateSpan Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DateUnit.Month);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
