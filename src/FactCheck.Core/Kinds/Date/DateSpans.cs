using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Joins the dates of a sentence that make one span: "du 12 au 15 juin", "from 3 to 5 May", "entre le 1er et le 6
/// avril" (a day number, then a date), "Feb 11 and 19", "May 4-6" (a date, then a later day of its month), and two dates
/// after "du", "entre", "from", "between" ("entre janvier et avril 2019", "between 2010 and 2016"). The span's value is
/// its first date, with <see cref="WrittenDate.Through"/> its last; a first date without a year takes the last one's.
/// </summary>
internal static partial class DateSpans
{
    private const int WindowBehind = 40;

    /// <summary>", 1969" right after a span of days of one month: a year is digits in every language.</summary>
    [GeneratedRegex(@"\G,?[  ](?<y>(?:1[6-9]|20)\d\d)(?![\d\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearAfterSpan { get; }

    /// <summary><paramref name="dates"/> (the sentence's, in order) with the spans joined.</summary>
    public static List<DateMention> Join(Sentence sentence, List<DateMention> dates, DateWords words)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        for (var k = 0; k < dates.Count; k++)
        {
            var date = dates[k];
            if (date.Date.Through is not null) continue;
            if (date.Date is { Unit: DateUnit.Day, Month: not null, Day: { } last })
            {
                var from = Math.Max(0, date.Start - WindowBehind);
                var behind = patterns.SpanDayBehind.Match(text, from, date.Start - from);
                if (behind.Success && DecimalDigits.Int(behind.Groups["d"].ValueSpan) is var first && first >= 1 && first < last)
                {
                    dates[k] = date with { Start = behind.Index, Date = date.Date with { Day = first, Through = date.Date } };
                    continue;
                }
                var after = patterns.DayAfter.Match(text, date.End);
                if (after.Success && DecimalDigits.Int(after.Groups["d"].ValueSpan) is var end && end > last && end <= 31)
                {
                    // "August 15-19, 1969": the year after the span's last day is the whole span's.
                    var (written, stop) = (date.Date, after.Index + after.Length);
                    if (written.Year is null && YearAfterSpan.Match(text, stop) is { Success: true } year)
                        (written, stop) = (written with { Year = DecimalDigits.Int(year.Groups["y"].ValueSpan), Anchor = DateAnchor.Absolute }, year.Index + year.Length);
                    dates[k] = date with { End = stop, Date = written with { Through = written with { Day = end } } };
                    continue;
                }
            }
            if (k + 1 < dates.Count && Joins(text, date, dates[k + 1], patterns))
            {
                var next = dates[k + 1];
                dates[k] = new DateMention(sentence, date.Start, next.End, date.Date with { Through = next.Date });
                dates.RemoveAt(k + 1);
            }
        }
        return dates;
    }

    /// <summary>Two dates of one precision, written in full or with the nearest year, joined by "au", "et", "to", "-", after "du", "entre", "from".</summary>
    private static bool Joins(string text, DateMention first, DateMention second, DatePatterns patterns)
    {
        if (second.Date.Through is not null || first.Date.Unit != second.Date.Unit || !Placeable(first.Date) || !Placeable(second.Date) || second.Start < first.End) return false;
        if (!patterns.SpanTo.IsMatch(text[first.End..second.Start])) return false;
        var from = Math.Max(0, first.Start - WindowBehind);
        return patterns.SpanFromBehind.Match(text, from, first.Start - from).Success;
    }

    private static bool Placeable(WrittenDate date) => date.Anchor is DateAnchor.Absolute or DateAnchor.UnstatedYear && date.Part == DatePart.Whole;
}
