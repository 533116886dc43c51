using System.Text.RegularExpressions;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A year before 1900 standing alone ("une mesure établie en 1894", "surveyed in 1892", "depuis 1848"). Such a number is
/// as often a count or a measure ("en 1500 exemplaires", "from 1200 to 1800 metres"), so it is a year only after a date
/// word of the pack's narrower list ("en", "in", "since", "depuis") and when no plural noun, unit of measure or sign follows it (or the other end of
/// its range): what makes "1894" a count is what comes after it.
/// </summary>
internal static partial class OldYears
{
    private const int WindowBehind = 40;

    /// <summary>The year read at <paramref name="start"/>, or null when it is not a year before 1900 in a date's place.</summary>
    public static DateMention? Read(Sentence sentence, DateWords words, int start)
    {
        var text = sentence.Text;
        if (Year().Match(text, start) is not { Success: true } year) return null;
        var from = Math.Max(0, start - WindowBehind);
        var part = words.Patterns.PartBehind.Match(text, from, start - from);
        if (!part.Success && !WordBehind(words).Match(text, from, start - from).Success) return null;
        var end = year.Index + year.Length;
        if (CountsOrMeasures(text, end, words)) return null;
        return new DateMention(sentence, part.Success ? part.Index : start, end,
            new WrittenDate(DateUnit.Year, DecimalDigits.Int(year.Groups["y"].ValueSpan))
            { Part = part.Success ? words.Patterns.PartOf(part.Groups["part"].Value) : DatePart.Whole });
    }

    /// <summary>A plural noun, a unit or a sign after the figure, or after the figure that ends its range ("1200 to 1800 metres").</summary>
    private static bool CountsOrMeasures(string text, int end, DateWords words)
    {
        if (RangeEnd().Match(text, end) is { Success: true } range) end = range.Index + range.Length;
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\u00A0' or '\u202F') next++;
        if (next >= text.Length) return false;
        if (text[next] is '%' or '$' or '€' or '£' or '°') return true;
        var wordEnd = next;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '²' or '³' or '/')) wordEnd++;
        if (wordEnd == next) return false;
        var word = text[next..wordEnd].TrimEnd('/');
        var units = UnitLexicon.Of(words.Language);
        // "1300 GMT", "1183 LED": a word in capitals after the figure is a unit, a zone or what is counted, never a name.
        if (units.Symbol(word) is not null || word.Length > 1 && word.All(char.IsUpper)) return true;
        if (TimeOfDay(words).IsMatch(text.AsSpan(next))) return true;
        if (char.IsUpper(word[0])) return false;
        return words.Nouns.IsPlural(word) || units.Word(words.Nouns.Singular(word)) is not null;
    }

    private static Regex WordBehind(DateWords words) => words.Language.Cached(typeof(OldYears), static l =>
        PackRegexes.Get(l, $@"(?<![\p{{L}}]){DateWords.Of(l).OldYearWordsBefore}[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft));

    /// <summary>"1300 local time", "1300 heure locale": the figure is a time of day.</summary>
    private static Regex TimeOfDay(DateWords words) => words.Language.Cached((typeof(OldYears), "time-of-day-after"), static l =>
        PackRegexes.Get(l, $@"^{l.Alternation("time-of-day-after")}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>"1200 to 1800", "1500 à 1800", "1500-1800": the other end of a range of figures.</summary>
    [GeneratedRegex(@"\G[\s\u00A0\u202F]*(?:-|–|à|to|and|et|ou|or)[\s\u00A0\u202F]*\d[\d\s\u00A0\u202F]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex RangeEnd();

    /// <summary>1000 to 1899 alone: not a part of a longer figure, a decimal, or a span.</summary>
    [GeneratedRegex(@"\G(?<y>1[0-8]\d\d)(?![\d\p{L}]|[-–/.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
