using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Mentions;

/// <summary>
/// FactCheck's own date rules, in English and French: the forms news text repeats ("9 July 2024", "le 2 avril 2024",
/// "in July", "on Wednesday", "tomorrow", "le mois dernier", "this year", "fin des années 90"). The sentence is read word
/// by word; only a word that can start a date (a month, a weekday, a year, "this", "dernier", "années") tries the
/// patterns of <see cref="DatePatterns"/> at that place. Words known to mislead ("may" the verb, "Sunday Times",
/// "Black Friday") are refused.
/// </summary>
internal static class DateScanner
{
    private const int WindowBehind = 40;

    private enum Cue { Month, Weekday, Today, Tomorrow, Yesterday, English, FrenchThis, FrenchLastNext, Annees, Ago, IlYA, Holiday }

    /// <summary>Holidays on a fixed day. Moving feasts (Easter, Thanksgiving) are left out: their day depends on the year.</summary>
    private static readonly FrozenDictionary<string, (int Month, int Day)> Holidays = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase)
    {
        ["christmas"] = (12, 25), ["noël"] = (12, 25), ["toussaint"] = (11, 1), ["halloween"] = (10, 31),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Cue> Cues = BuildCues();

    /// <summary>The dates of <paramref name="sentence"/>, in order.</summary>
    public static List<DateMention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var found = new List<DateMention>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            if (char.IsAsciiDigit(c))
            {
                end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                var read = i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '$' or '€' or '£') ? null : ReadNumber(sentence, i, end - i);
                if (read is not null) found.Add(read);
                i = read?.End ?? end;
                continue;
            }
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }
            end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (i > 0 && char.IsLetter(text[i - 1]) || !Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(i, end - i), out var cue))
            {
                i = end;
                continue;
            }
            var mention = ReadWord(sentence, cue, i, end);
            if (mention is not null) found.Add(mention);
            i = mention?.End ?? end;
        }
        return found;
    }

    private static DateMention? ReadNumber(Sentence sentence, int start, int digits)
    {
        var text = sentence.Text;
        if (digits <= 2)
        {
            var dayMonth = DatePatterns.DayMonth.Match(text, start);
            if (dayMonth.Success && DayMonth(sentence, dayMonth, start) is { } date) return date;
            if (digits == 2 && DatePatterns.DecadeEnglish.Match(text, start) is { Success: true } decade
                && (Behind(text, start, DatePatterns.PartBehind).Success || EndsWithThe(text, start)))
                return Decade(sentence, decade, start);
            return null;
        }
        if (digits != 4) return null;
        if (DatePatterns.Iso.Match(text, start) is { Success: true } iso)
        {
            var (y, m, d) = (Int(iso, "y"), Int(iso, "mn"), Int(iso, "d"));
            return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                ? new DateMention(sentence, start, iso.Index + iso.Length, new WrittenDate(DateUnit.Day, y, m, d)) : null;
        }
        if (DatePatterns.DecadeEnglish.Match(text, start) is { Success: true } tens) return Decade(sentence, tens, start);
        if (DatePatterns.YearAlone.Match(text, start) is not { Success: true } year) return null;
        var part = Behind(text, start, DatePatterns.PartBehind);
        if (!part.Success && !Behind(text, start, DatePatterns.DateWordBehind).Success) return null;
        var from = part.Success ? part.Index : start;
        return new DateMention(sentence, from, year.Index + year.Length,
            new WrittenDate(DateUnit.Year, Int(year, "y")) { Part = part.Success ? DatePatterns.PartOf(part.Groups["part"].Value) : DatePart.Whole });
    }

    private static DateMention? DayMonth(Sentence sentence, Match match, int start)
    {
        var text = sentence.Text;
        var month = CalendarWords.Months[match.Groups["m"].Value];
        var day = Int(match, "d");
        var hasYear = match.Groups["y"].Success;
        // "5 may" in English is a figure and a verb; a month written in capitals, or a year after it, says it is a date.
        if (sentence.Source.Language == "en" && !hasYear && !char.IsUpper(match.Groups["m"].Value[0])) return null;
        var year = hasYear ? Int(match, "y") : 2000; // a leap year: 29 February stands when the year is not written
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = hasYear ? new WrittenDate(DateUnit.Day, year, month, day)
            : new WrittenDate(DateUnit.Day, null, month, day) { Anchor = DateAnchor.UnstatedYear, Future = Tense.Of(sentence.Text) };
        return new DateMention(sentence, start, match.Index + match.Length, date);
    }

    private static DateMention Decade(Sentence sentence, Match match, int start)
    {
        var text = sentence.Text;
        var tens = Int(match, "dd");
        // "the 90s", "les années 90": a decade from 1930 to 1990 is of the last century, from 2000 to 2020 of this one.
        var first = match.Groups["c"].Success ? Int(match, "c") * 100 + tens : tens >= 30 ? 1900 + tens : 2000 + tens;
        var part = Behind(text, start, DatePatterns.PartBehind);
        var from = part.Success ? part.Index : start;
        return new DateMention(sentence, from, match.Index + match.Length,
            new WrittenDate(DateUnit.Decade, first) { Part = part.Success ? DatePatterns.PartOf(part.Groups["part"].Value) : DatePart.Whole });
    }

    private static DateMention? ReadWord(Sentence sentence, Cue cue, int start, int end)
    {
        var text = sentence.Text;
        var english = sentence.Source.Language == "en";
        switch (cue)
        {
            case Cue.Month:
                return ReadMonth(sentence, start);
            case Cue.Weekday:
                return ReadWeekday(sentence, start, end);
            case Cue.Today:
                // "aujourd'hui": the word ends after its apostrophe.
                var todayEnd = text.AsSpan(end).StartsWith("'hui", StringComparison.OrdinalIgnoreCase) || text.AsSpan(end).StartsWith("’hui", StringComparison.OrdinalIgnoreCase) ? end + 4 : end;
                return Relative(sentence, start, todayEnd, DateUnit.Day, 0);
            case Cue.Tomorrow:
                var twoDays = start >= 6 && text.AsSpan(start - 6, 6).Equals("après-", StringComparison.OrdinalIgnoreCase);
                return Relative(sentence, twoDays ? start - 6 : start, end, DateUnit.Day, twoDays ? 2 : 1);
            case Cue.Yesterday:
                var dayBefore = start >= 6 && text.AsSpan(start - 6, 6).Equals("avant-", StringComparison.OrdinalIgnoreCase);
                return Relative(sentence, dayBefore ? start - 6 : start, end, DateUnit.Day, dayBefore ? -2 : -1);
            case Cue.English when english && DatePatterns.EnglishRelative.Match(text, start) is { Success: true } m:
                return Relative(sentence, start, m.Index + m.Length, UnitOf(m), m.Groups["mod"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 });
            case Cue.FrenchThis when DatePatterns.FrenchThis.Match(text, start) is { Success: true } m:
                return Relative(sentence, start, m.Index + m.Length, UnitOf(m), 0);
            case Cue.FrenchLastNext when Behind(text, end, DatePatterns.FrenchLastNext) is { Success: true } m:
                var from = m.Index;
                return Relative(sentence, from, end, UnitOf(m), m.Groups["mod"].Value.StartsWith("prochain", StringComparison.OrdinalIgnoreCase) ? 1 : -1);
            case Cue.Annees when DatePatterns.DecadeFrench.Match(text, start) is { Success: true } m:
                return Decade(sentence, m, start);
            case Cue.Ago when Behind(text, end, DatePatterns.Ago) is { Success: true } m:
                return Relative(sentence, m.Index, end, UnitOf(m), -Count(m, sentence.Source.Language));
            case Cue.IlYA when DatePatterns.IlYA.Match(text, start) is { Success: true } m:
                return Relative(sentence, start, m.Index + m.Length, UnitOf(m), -Count(m, sentence.Source.Language));
            case Cue.Holiday when !IsPartOfAName(text, start, end) && (!english || char.IsUpper(text[start])):
                var (month, day) = Holidays[text[start..end]];
                return new DateMention(sentence, start, end, new WrittenDate(DateUnit.Day, null, month, day) { Anchor = DateAnchor.UnstatedYear, Future = Tense.Of(sentence.Text) });
            default:
                return null;
        }
    }

    private static DateMention? ReadMonth(Sentence sentence, int start)
    {
        var text = sentence.Text;
        var match = DatePatterns.MonthFirst.Match(text, start);
        var name = match.Groups["m"].Value;
        var english = sentence.Source.Language == "en";
        var (hasDay, hasYear) = (match.Groups["d"].Success, match.Groups["y"].Success);
        // English months are capitalized; "may" and "march" written small are a verb. A month in capitals is a headline's.
        if ((english && !char.IsUpper(name[0]) && !hasYear) || (name.Length > 3 && name.All(char.IsUpper) && !hasDay && !hasYear)) return null;
        var modifier = Behind(text, start, DatePatterns.ModifierBehind);
        var part = hasDay ? Match.Empty : Behind(text, start, DatePatterns.PartBehind);
        if (!hasDay && !hasYear && !modifier.Success && !match.Groups["mod"].Success && !part.Success
            && !Behind(text, start, DatePatterns.DateWordBehind).Success)
        {
            // "January's figures", "février a été...": a month alone is a date, except "May" and "March" (verbs that start
            // sentences), "Mars" the planet, and a month inside a name ("Black September", "June Carter").
            var ambiguous = name.Equals("may", StringComparison.OrdinalIgnoreCase) || name.Equals("march", StringComparison.OrdinalIgnoreCase)
                || (name.Equals("mars", StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[0])) || (!english && name.Equals("mai", StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[0]));
            if (ambiguous || IsPartOfAName(text, start, start + name.Length)) return null;
        }
        var month = CalendarWords.Months[name];
        var day = hasDay ? Int(match, "d") : (int?)null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(hasYear ? Int(match, "y") : 2000, month))) return null;
        var unit = hasDay ? DateUnit.Day : DateUnit.Month;
        var direction = match.Groups["mod"].Success ? match.Groups["mod"].Value.StartsWith("prochain", StringComparison.OrdinalIgnoreCase)
            : modifier.Success && !modifier.Groups["mod"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) && !modifier.Groups["mod"].Value.StartsWith('c')
                ? modifier.Groups["mod"].Value.Equals("next", StringComparison.OrdinalIgnoreCase)
                : Tense.Of(sentence.Text);
        var date = hasYear ? new WrittenDate(unit, Int(match, "y"), month, day)
            : new WrittenDate(unit, null, month, day) { Anchor = DateAnchor.UnstatedYear, Future = direction };
        var from = start;
        if (part.Success)
        {
            from = part.Index;
            date = date with { Part = DatePatterns.PartOf(part.Groups["part"].Value) };
        }
        return new DateMention(sentence, from, match.Index + match.Length, date);
    }

    private static DateMention? ReadWeekday(Sentence sentence, int start, int end)
    {
        var text = sentence.Text;
        var english = sentence.Source.Language == "en";
        if (english && !char.IsUpper(text[start])) return null;
        // "Tuesday, March 12", "mardi 2 avril": the full date that follows is read instead.
        if (DatePatterns.DateAfterWeekday.IsMatch(text, end)) return null;
        // "Sunday Times", "Mardi Gras", "Black Friday", "Super Tuesday": a name, not a day.
        if (IsPartOfAName(text, start, end)) return null;
        var before = Behind(text, start, DatePatterns.ModifierBehind);
        var after = DatePatterns.ModifierAfter.Match(text, end);
        bool? future = after.Success ? after.Groups["mod"].Value.StartsWith("prochain", StringComparison.OrdinalIgnoreCase)
            : before.Success && before.Groups["mod"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) ? true
            : before.Success && before.Groups["mod"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? false
            : Tense.Of(sentence.Text);
        var date = new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.Weekday, Weekday = CalendarWords.Weekdays[text[start..end]], Future = future };
        return new DateMention(sentence, start, after.Success ? after.Index + after.Length : end, date);
    }

    private static DateMention Relative(Sentence sentence, int start, int end, DateUnit unit, int offset) =>
        new(sentence, start, end, new WrittenDate(unit) { Anchor = DateAnchor.WritingDate, Offset = offset });

    private static DateUnit UnitOf(Match match) => match.Groups["unit"].Value.ToLowerInvariant() switch
    {
        ['d', 'a', ..] or ['j', ..] => DateUnit.Day,
        ['w', ..] or ['s', ..] => DateUnit.Week,
        ['m', ..] => DateUnit.Month,
        _ => DateUnit.Year,
    };

    /// <summary>"two" in "two weeks ago", 1 for "a week ago"; a decade counts ten years.</summary>
    private static int Count(Match match, string language)
    {
        var number = match.Groups["num"].Value;
        var count = NumberText.Parse(number, language) is var (value, _) && value == Math.Floor(value) && value < 1000 ? (int)value : 1;
        return match.Groups["unit"].Value.StartsWith("dec", StringComparison.OrdinalIgnoreCase) || match.Groups["unit"].Value.StartsWith("déc", StringComparison.OrdinalIgnoreCase)
            ? count * 10 : count;
    }

    private static bool EndsWithThe(string text, int start) =>
        text.AsSpan(0, start).TrimEnd(" '’").EndsWith("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Sunday Times", "Mardi Gras", "Black Friday": a capitalized word beside a date word makes it part of a name.</summary>
    public static bool IsPartOfAName(string text, int start, int end) => NextWordIsCapitalized(text, end) || PreviousWordIsCapitalized(text, start);

    private static bool NextWordIsCapitalized(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && !CalendarWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, end + 1));

    private static bool PreviousWordIsCapitalized(string text, int start)
    {
        var i = start - 1;
        if (i < 1 || text[i] != ' ') return false;
        var wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        if (wordEnd == i || !char.IsUpper(text[i])) return false;
        // A sentence's first word is capitalized anyway: "On Tuesday" is a date, "Black Friday" is not.
        var first = i == 0 || text[..i].Trim().Length == 0 || text[i - 1] is '"' or '«' or '“' or '(';
        return !first || !SentenceStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
    }

    /// <summary>Words that start a sentence before a weekday or a month without making a name of it.</summary>
    private static readonly FrozenSet<string> SentenceStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "last", "next", "this", "by", "since", "until", "before", "after", "from", "every", "each", "early", "late", "in", "and", "but",
        "le", "ce", "dès", "depuis", "jusqu", "avant", "après", "et", "mais", "chaque", "en", "fin", "début", "mi");

    private static ReadOnlySpan<char> Word(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(start, end - start);
    }

    private static Match Behind(string text, int start, Regex regex)
    {
        var from = Math.Max(0, start - WindowBehind);
        return regex.Match(text, from, start - from);
    }

    private static int Int(Match match, string group) => DecimalDigits.Int(match.Groups[group].ValueSpan);

    private static FrozenDictionary<string, Cue> BuildCues()
    {
        var cues = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var month in CalendarWords.Months.Keys) cues[month] = Cue.Month;
        foreach (var day in CalendarWords.Weekdays.Keys) cues[day] = Cue.Weekday;
        foreach (var word in (string[])["today", "tonight", "aujourd"]) cues[word] = Cue.Today;
        foreach (var word in (string[])["tomorrow", "demain"]) cues[word] = Cue.Tomorrow;
        foreach (var word in (string[])["yesterday", "hier"]) cues[word] = Cue.Yesterday;
        foreach (var word in (string[])["this", "last", "next"]) cues[word] = Cue.English;
        foreach (var word in (string[])["cette", "ce", "cet"]) cues[word] = Cue.FrenchThis;
        foreach (var word in (string[])["dernier", "dernière", "prochain", "prochaine", "passé", "passée"]) cues[word] = Cue.FrenchLastNext;
        cues["années"] = Cue.Annees;
        cues["ago"] = Cue.Ago;
        cues["il"] = Cue.IlYA;
        foreach (var word in Holidays.Keys) cues[word] = Cue.Holiday;
        return cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
