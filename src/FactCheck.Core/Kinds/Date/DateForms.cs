using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The shorter date forms of reference and news texts, read where <see cref="DateScanner"/> finds their first word:
/// a day of the month alone ("before the 16th"), quarters ("the third quarter", "Q3 2024", "le troisième trimestre"), a
/// part of the writing year ("by the year end", "la fin de l'année"), a count of periods ahead ("dans deux semaines"),
/// a span of years ("2010-2017", "1986/87"), and a year named by what it dates ("the 1987 crop", "1986's figures").
/// </summary>
internal static class DateForms
{
    /// <summary>"the 16th" followed by punctuation or a word that leaves it a day ("whether", "and"): that day of the nearest month.</summary>
    public static DateMention? OrdinalDay(Sentence sentence, DateWords words, int start)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        if (patterns.OrdinalDay.Match(text, start) is not { Success: true } match) return null;
        var end = match.Index + match.Length;
        var from = Math.Max(0, start - 8);
        if (!patterns.ArticleBehind.Match(text, from, start - from).Success || !EndsAsADay(text, end, words)) return null;
        var day = DecimalDigits.Int(match.Groups["d"].ValueSpan);
        return day is < 1 or > 31 ? null
            : new DateMention(sentence, start, end, new WrittenDate(DateUnit.Day, null, null, day) { Anchor = DateAnchor.UnstatedMonth, Future = Tense.Of(text, words.Language) });
    }

    /// <summary>"the third quarter", "le troisième trimestre 2024", "Q3 2024": a quarter of its year, or of the nearest year.</summary>
    public static DateMention? Quarter(Sentence sentence, DateWords words, Regex regex, int start)
    {
        var text = sentence.Text;
        if (regex.Match(text, start) is not { Success: true } match) return null;
        var quarter = words.Patterns.QuarterOrdinals.TryGetValue(match.Groups["q"].Value, out var q) ? q : DecimalDigits.Int(match.Groups["q"].ValueSpan);
        var month = ((quarter - 1) * 3) + 1;
        var date = match.Groups["y"].Success
            ? new WrittenDate(DateUnit.Quarter, DecimalDigits.Int(match.Groups["y"].ValueSpan), month)
            : new WrittenDate(DateUnit.Quarter, null, month) { Anchor = DateAnchor.UnstatedYear, Future = Tense.Of(text, words.Language) };
        return new DateMention(sentence, start, match.Index + match.Length, date);
    }

    /// <summary>"by the year end", "avant la fin de l'année": a part of the writing year.</summary>
    public static DateMention? YearPart(Sentence sentence, DateWords words, int start)
    {
        var patterns = words.Patterns;
        if (patterns.YearPart.Match(sentence.Text, start) is not { Success: true } match) return null;
        var part = patterns.YearParts[Spaces.Collapse(match.Groups["p"].Value.Replace('’', '\''))];
        return new DateMention(sentence, start, match.Index + match.Length, new WrittenDate(DateUnit.Year) { Anchor = DateAnchor.WritingDate, Part = part });
    }

    /// <summary>"dans deux semaines": the week two weeks after the writing date, at the precision of its unit.</summary>
    public static DateMention? Ahead(Sentence sentence, DateWords words, int start, Func<Match, DateWords, int> count, Func<Match, DateWords, DateUnit> unit)
    {
        if (words.Patterns.AheadBefore.Match(sentence.Text, start) is not { Success: true } match) return null;
        return new DateMention(sentence, start, match.Index + match.Length,
            new WrittenDate(unit(match, words)) { Anchor = DateAnchor.WritingDate, Offset = count(match, words) });
    }

    /// <summary>"2010-2017", "1986/87": from the first year to the last.</summary>
    public static DateMention? YearSpan(Sentence sentence, int start)
    {
        if (DatePatterns.YearSpan.Match(sentence.Text, start) is not { Success: true } match) return null;
        var first = DecimalDigits.Int(match.Groups["y"].ValueSpan);
        var second = DecimalDigits.Int(match.Groups["y2"].ValueSpan);
        if (second < 100) second += first / 100 * 100;
        if (second <= first || second - first > 50) return null;
        return new DateMention(sentence, start, match.Index + match.Length,
            new WrittenDate(DateUnit.Year, first) { Through = new WrittenDate(DateUnit.Year, second) });
    }

    /// <summary>"1986's figures", "the 1987 crop", "its 2004 sequel": a year that names what it dates; "the 2000 delegates" counts.</summary>
    public static bool NamesAYear(string text, int start, int end, DateWords words)
    {
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]))) return true;
        var before = text.AsSpan(0, start).TrimEnd();
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1])) wordStart--;
        if (wordStart == before.Length || !words.YearDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[wordStart..])) return false;
        var next = end;
        while (next < text.Length && text[next] == ' ') next++;
        var nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        if (next == end || nextEnd - next < 3) return false;
        var noun = text.AsSpan(next, nextEnd - next);
        if (char.IsUpper(noun[0])) return true;
        return !words.Nouns.IsPlural(noun.ToString());
    }

    private static bool EndsAsADay(string text, int end, DateWords words)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !char.IsLetterOrDigit(text[i])) return true;
        var wordEnd = i;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return words.OrdinalDayAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
    }
}
