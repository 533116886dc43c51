using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Sources;

/// <summary>
/// Finds the newest full date written in an undated source ("le 2 avril 2024", "April 2, 2024", "2 April 2024", "2024-04-02").
/// An article cannot be older than the newest day it names, so that day is the best estimate of when it was written.
/// </summary>
internal static partial class TextDateScanner
{
    // Month names spelt out rather than \p{L}+, so the regex only stops where a date can start.
    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:er)?\s+(?<m>" + CalendarWords.MonthPattern + @")\s+(?<y>(?:19|20)\d\d)\b|\b(?<m>" + CalendarWords.MonthPattern + @")\s+(?<d>[0-3]?\d),?\s+(?<y>(?:19|20)\d\d)\b|\b(?<y>(?:19|20)\d\d)-(?<mn>[01]\d)-(?<d>[0-3]\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    public static SourceDate? NewestDate(IEnumerable<ProseBlock> blocks)
    {
        DateOnly? newest = null;
        foreach (var block in blocks)
        {
            foreach (Match match in DatePattern().Matches(block.Text))
            {
                var month = match.Groups["mn"].Success
                    ? int.Parse(match.Groups["mn"].Value, CultureInfo.InvariantCulture)
                    : CalendarWords.Months.GetValueOrDefault(match.Groups["m"].Value);
                var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
                var date = new DateOnly(year, month, day);
                if (newest is null || date > newest) newest = date;
            }
        }
        return newest is { } d ? new SourceDate(d.Year, d.Month, d.Day, DateOrigin.InferredFromText) : null;
    }
}
