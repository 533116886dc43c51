using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Inputs;

namespace FactCheck.Sources;

/// <summary>
/// Finds the newest full date written in an undated source ("le 2 avril 2024", "April 2, 2024", "2 April 2024", "2024-04-02").
/// An article cannot be older than the newest day it names, so that day is the best estimate of when it was written.
/// Every such date holds a year: the text is searched for years (a vectorized search for digits), and only at a year are the
/// day and month read, behind it or, for ISO dates, after it. One regex over the whole text stopped at every letter that
/// can start a month name, and took a second over the 2,089 undated files of the bench corpus.
/// </summary>
internal static partial class TextDateScanner
{
    /// <summary>Room behind a year for "31er septembre " or "September 30, ".</summary>
    private const int Reach = 40;

    // [0-9], not \d: \d matches the digits of every script ("٠"), which int.Parse refuses.
    [GeneratedRegex(@"\G(?<y>(?:19|20)[0-9][0-9])-(?<mn>[01][0-9])-(?<d>[0-3][0-9])\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoAt();

    /// <summary>"2 avril ", "1er avril ", "April 2, " before a year, in the pack's months and ordinal suffixes ("er", "nd").</summary>
    private static Regex DayMonthBehind(LanguagePack pack) => pack.Cached(typeof(TextDateScanner), static pack =>
    {
        var months = LanguagePack.AlternationOf(pack.Months.Keys);
        return new Regex($@"(?:\b(?<d>[0-3]?[0-9])(?:{pack.Alternation("ordinal-suffixes")})?\s+(?<m>{months})|\b(?<m>{months})\s+(?<d>[0-3]?[0-9]),?)\s+$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft); // run only at years of undated sources: not worth compiling
    });

    public static SourceDate? NewestDate(IEnumerable<ProseBlock> blocks, LanguagePack language)
    {
        DateOnly? newest = null;
        foreach (var block in blocks)
        {
            var text = block.Text;
            var i = 0;
            while (i < text.Length)
            {
                var next = text.AsSpan(i).IndexOfAny(CharSets.Digits);
                if (next < 0) break;
                var start = i + next;
                var end = start;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                i = end;
                if (end - start != 4 || !(text.AsSpan(start, 2) is "19" or "20")
                    || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                var date = Read(text, start, end, language);
                if (date is { } d && (newest is null || d > newest)) newest = d;
            }
        }
        return newest is { } n ? new SourceDate(n.Year, n.Month, n.Day, DateOrigin.InferredFromText) : null;
    }

    /// <summary>The full date whose year is written at <c>[start, end)</c>, if the text gives its day and month.</summary>
    private static DateOnly? Read(string text, int start, int end, LanguagePack language)
    {
        var year = int.Parse(text.AsSpan(start, 4), CultureInfo.InvariantCulture);
        int month, day;
        if (IsoAt().Match(text, start) is { Success: true } iso)
        {
            month = int.Parse(iso.Groups["mn"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(iso.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            if (end < text.Length && char.IsDigit(text[end])) return null;
            var from = Math.Max(0, start - Reach);
            if (DayMonthBehind(language).Match(text, from, start - from) is not { Success: true } behind) return null;
            month = language.Months.GetValueOrDefault(behind.Groups["m"].Value);
            day = int.Parse(behind.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
