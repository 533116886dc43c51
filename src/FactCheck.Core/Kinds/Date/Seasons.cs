using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A season of a year ("in the summer of 2017", "à l'été 2017", "au printemps 2020"): the months the pack's
/// <c>date-seasons</c> give it, as a span of months of that year. A season that runs over the new year (winter) is read
/// from the December before the year to the February after it: "winter 2017" is written for both winters that touch 2017.
/// </summary>
internal static class Seasons
{
    private const int WindowBehind = 30;

    /// <summary>The season written just before the year <paramref name="year"/> at <c>[start, end)</c>, or null.</summary>
    public static DateMention? Read(Sentence sentence, int start, int end, int year)
    {
        var language = sentence.Source.Language;
        var from = Math.Max(0, start - WindowBehind);
        if (Behind(language).Match(sentence.Text, from, start - from) is not { Success: true } match) return null;
        var (first, last) = Months(language)[Spaces.Collapse(match.Groups["season"].Value.ToLowerInvariant())];
        var date = first <= last
            ? new WrittenDate(DateUnit.Month, year, first) { Through = new WrittenDate(DateUnit.Month, year, last) }
            : new WrittenDate(DateUnit.Month, year - 1, first) { Through = new WrittenDate(DateUnit.Month, year + 1, last) };
        return new DateMention(sentence, match.Groups["season"].Index, end, date);
    }

    private static Regex Behind(LanguagePack language) => language.Cached(typeof(Seasons), static l => PackRegexes.Get(l, 
        $@"(?<![\p{{L}}])(?<season>{l.Alternation("date-seasons")})(?:[\s\u00A0\u202F]+{l.WordBefore("of-words")}|[\s\u00A0\u202F]+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft));

    private static System.Collections.Frozen.FrozenDictionary<string, (int First, int Last)> Months(LanguagePack language) =>
        language.Cached((typeof(Seasons), "months"), static l => System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            l.Meanings("date-seasons", m => Parse(m) is not null, "a span of months (6-8)"), p => p.Key, p => Parse(p.Value)!.Value, StringComparer.OrdinalIgnoreCase));

    private static (int First, int Last)? Parse(string months) =>
        months.Split('-') is [var a, var b] && int.TryParse(a, out var first) && int.TryParse(b, out var last) && first is >= 1 and <= 12 && last is >= 1 and <= 12
            ? (first, last) : null;
}
