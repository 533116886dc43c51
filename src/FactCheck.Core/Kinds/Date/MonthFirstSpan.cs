using System.Text.RegularExpressions;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Where <see cref="DatePatterns.MonthFirst"/> matches at a month word, and its groups, read from the bounds of the match
/// alone. A <see cref="Match"/> with its groups was made at every month word the scanner reads (21 MB of matches, groups
/// and their arrays over the bench corpus, and asking a group by name 0.26 % of a check's samples); the bounds come without
/// one (<see cref="Regex.EnumerateMatches(ReadOnlySpan{char}, int)"/>). The pattern's shape makes its groups readable from
/// the matched text: the month (<c>m</c>) is the run of letters it starts with, a full name or an abbreviation, each
/// followed by no letter; after it come only white space, a comma, the ordinal's letters right after the day, and at most
/// two runs of digits: the day (<c>d</c>, one or two digits) and the year (<c>y</c>, four); a modifier (<c>mod</c>, words of
/// letters after white space) ends the match when it is there.
/// </summary>
internal readonly record struct MonthFirstSpan(int End, int NameEnd, int DayStart, int DayLength, int YearStart, int ModStart)
{
    /// <summary>True when the match holds a day.</summary>
    public bool HasDay => DayStart >= 0;

    /// <summary>True when the match holds a year.</summary>
    public bool HasYear => YearStart >= 0;

    /// <summary>True when the match ends with a modifier ("juillet dernier").</summary>
    public bool HasMod => ModStart >= 0;

    /// <summary>The pattern's match at <paramref name="start"/> (anchored there by its <c>\G</c>), or null when it does not match.</summary>
    public static MonthFirstSpan? Read(Regex monthFirst, string text, int start)
    {
        foreach (var match in monthFirst.EnumerateMatches(text.AsSpan(), start))
            return match.Index == start ? Of(text, start, start + match.Length) : null;
        return null;
    }

    /// <summary>The groups of the match <c>[start, end)</c>.</summary>
    internal static MonthFirstSpan Of(string text, int start, int end)
    {
        var nameEnd = start;
        while (nameEnd < end && char.IsLetter(text[nameEnd])) nameEnd++;
        var (day, dayLength, year, mod) = (-1, 0, -1, -1);
        var at = nameEnd;
        // Past the month: its abbreviation's period, then each part after its white space (and the year's comma).
        if (at < end && text[at] == '.') at++;
        while (at < end)
        {
            var c = text[at];
            if (c == ',' || IsSpace(c))
            {
                at++;
                continue;
            }
            // \d is any script's decimal digit ("March ٠ 2024" has a day): char.IsDigit, as the regex reads it.
            if (char.IsDigit(c))
            {
                var from = at;
                while (at < end && char.IsDigit(text[at])) at++;
                if (at - from == 4) year = from;
                else
                {
                    (day, dayLength) = (from, at - from);
                    while (at < end && char.IsLetter(text[at])) at++; // the ordinal ("3rd", "1er")
                }
                continue;
            }
            mod = at;
            break;
        }
        return new MonthFirstSpan(end, nameEnd, day, dayLength, year, mod);
    }

    /// <summary>The pattern's white space: <c>[\s\u00A0\u202F]</c>.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F';
}
