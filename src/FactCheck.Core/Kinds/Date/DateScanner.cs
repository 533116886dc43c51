using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// FactCheck's own date rules: the forms news text repeats ("9 July 2024", "le 2 avril 2024", "in July", "on Wednesday",
/// "tomorrow", "le mois dernier", "this year", "fin des années 90"). The sentence is read word by word; only a word that
/// can start a date in the source's language (a month, a weekday, a year, "this", "dernier", "années") tries the patterns
/// of <see cref="DatePatterns"/> at that place. Words known to mislead ("may" the verb, "Sunday Times", "Black Friday")
/// are refused.
/// </summary>
internal static class DateScanner
{
    private const int WindowBehind = 40;

    // The date, quantity and percentage sources each ask for the dates of the sentence at hand, one after the other on one
    // thread: the last answer is kept for the next asker instead of reading the sentence three times.
    [ThreadStatic]
    private static (Sentence Sentence, IReadOnlyList<DateMention> Dates)? lastRead;

    /// <summary>The dates of <paramref name="sentence"/>, in order.</summary>
    public static IReadOnlyList<DateMention> Find(Sentence sentence)
    {
        if (lastRead is { } last && ReferenceEquals(last.Sentence, sentence)) return last.Dates;
        var dates = Scan(sentence);
        lastRead = (sentence, dates);
        return dates;
    }

    /// <summary>The dates of a passage that is no sentence of the pipeline (the text before one): read without the memo, which it would displace.</summary>
    internal static List<DateMention> Scan(Sentence sentence)
    {
        var text = sentence.Text;
        var words = DateWords.Of(sentence.Source.Language);
        var cues = words.Cues.GetAlternateLookup<ReadOnlySpan<char>>();
        // Made at the first date: most sentences hold none, and share one empty list that nothing adds to.
        List<DateMention>? found = null;
        // The runs of letters the other kinds found in the sentence already (SentenceRuns: nothing read here asks for another
        // text's), and the digits between them, looked for vectorized.
        var runs = SentenceRuns.Of(text);
        var run = 0;
        var digit = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (digit < i) digit = text.AsSpan(i).IndexOfAny(AsciiDigits.All) is var d and >= 0 ? i + d : text.Length;
            while (run < runs.Length && runs[run].Start < i) run++; // a date read ends within or after it
            var (start, end) = run < runs.Length ? runs[run] : (text.Length, text.Length);
            if (digit < start)
            {
                i = digit;
                end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                var read = i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '$' or '€' or '£') ? null : ReadNumber(sentence, words, i, end - i);
                if (read is not null) (found ??= []).Add(read);
                i = read?.End ?? end;
                continue;
            }
            if (start >= text.Length) break;
            run++;
            if (!words.CueShapes.MayHold(text.AsSpan(start, end - start)) || !cues.TryGetValue(text.AsSpan(start, end - start), out var cue))
            {
                i = end;
                continue;
            }
            var mention = ReadWord(sentence, words, cue, start, end);
            if (mention is not null) (found ??= []).Add(mention);
            i = mention?.End ?? end;
        }
        return found is null ? NoDates : DateSpans.Join(sentence, found, words);
    }

    /// <summary>What <see cref="Scan"/> returns for a sentence without a date: never added to.</summary>
    private static readonly List<DateMention> NoDates = [];

    private static DateMention? ReadNumber(Sentence sentence, DateWords words, int start, int digits)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        if (digits <= 2)
        {
            var dayMonth = patterns.DayMonth.Match(text, start);
            if (dayMonth.Success && DayMonth(sentence, words, dayMonth, start) is { } date) return date;
            if (digits == 2 && patterns.DecadeSuffix.Match(text, start) is { Success: true } decade
                && (Behind(text, start, patterns.PartBehind).Success || EndsWithArticle(text, start, words.DecadeArticles)))
                return Decade(sentence, patterns, decade, start);
            return DateForms.OrdinalDay(sentence, words, start);
        }
        if (digits != 4) return null;
        if (DateForms.YearSpan(sentence, start) is { } years) return years;
        if (DatePatterns.Iso.Match(text, start) is { Success: true } iso)
        {
            var (y, m, d) = (Int(iso, "y"), Int(iso, "mn"), Int(iso, "d"));
            return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                ? new DateMention(sentence, start, iso.Index + iso.Length, new WrittenDate(DateUnit.Day, y, m, d)) : null;
        }
        if (patterns.DecadeSuffix.Match(text, start) is { Success: true } tens) return Decade(sentence, patterns, tens, start);
        // The year is the four digits at start when the pattern holds: asked without a Match, which most figures of four
        // digits made (some 70 MB over a 30 MB text).
        if (!DatePatterns.YearAlone.IsMatch(text, start)) return OldYears.Read(sentence, words, start);
        var (yearEnd, yearValue) = (start + 4, DecimalDigits.Int(text.AsSpan(start, 4)));
        if (Seasons.Read(sentence, start, yearEnd, yearValue) is { } season) return season;
        var part = Behind(text, start, patterns.PartBehind);
        if (!part.Success && !Behind(text, start, patterns.DateWordBehind).Success && !DateForms.NamesAYear(text, start, yearEnd, words)) return null;
        var from = part.Success ? part.Index : start;
        return new DateMention(sentence, from, yearEnd,
            new WrittenDate(DateUnit.Year, yearValue) { Part = part.Success ? patterns.PartOf(part.Groups["part"].Value) : DatePart.Whole });
    }

    private static DateMention? DayMonth(Sentence sentence, DateWords words, Match match, int start)
    {
        var month = words.MonthOf(match.Groups["m"].Value);
        var day = Int(match, "d");
        var hasYear = match.Groups["y"].Success || match.Groups["yy"].Success;
        // "5 may" in English is a figure and a verb; a month written in capitals, or a year after it, says it is a date.
        if (words.Capitalized && !hasYear && !char.IsUpper(match.Groups["m"].Value[0])) return null;
        // "12-Jan-98": two digits are a year of the last century from 50 on. A leap year stands in when no year is written (29 February).
        var year = match.Groups["y"].Success ? Int(match, "y") : match.Groups["yy"].Success ? (Int(match, "yy") is var yy && yy >= 50 ? 1900 + yy : 2000 + yy) : 2000;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        // "les élections du 26 mai": the date of a noun, placed in the nearest year, not by the tense of the verb; "du 15 mars
        // dernier" says which itself.
        var end = match.Index + match.Length;
        var (whichFrom, whichEnd) = LetterRuns.After(sentence.Text, end);
        var future = !hasYear && DatesANoun(sentence.Text, start, words)
            && !words.DateOfNounWhich.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Text.AsSpan(whichFrom, whichEnd - whichFrom))
            ? null : Tense.Of(sentence.Text, words.Language);
        var date = hasYear ? new WrittenDate(DateUnit.Day, year, month, day)
            : new WrittenDate(DateUnit.Day, null, month, day) { Anchor = DateAnchor.UnstatedYear, Future = future };
        return new DateMention(sentence, start, end, date);
    }

    /// <summary>
    /// True when the date is joined (the pack's <c>date-of-noun</c>: "du") to a noun of an event set by a calendar, right
    /// before it or before its adjective (<c>scheduled-events</c>: "l'élection du", "les élections européennes du").
    /// </summary>
    private static bool DatesANoun(string text, int start, DateWords words)
    {
        var (joinFrom, joinEnd) = LetterRuns.Before(text, start);
        if (joinEnd == start || !words.DateOfNoun.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(joinFrom, joinEnd - joinFrom))) return false;
        var events = words.ScheduledEvents.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = joinFrom;
        for (var looked = 0; looked < 2; looked++)
        {
            var (from, to) = LetterRuns.Before(text, end);
            if (from == to) return false;
            if (events.Contains(text.AsSpan(from, to - from))) return true;
            end = from;
        }
        return false;
    }

    private static DateMention Decade(Sentence sentence, DatePatterns patterns, Match match, int start)
    {
        var text = sentence.Text;
        var tens = Int(match, "dd");
        // "the 90s", "les années 90": a decade from 1930 to 1990 is of the last century, from 2000 to 2020 of this one.
        var first = match.Groups["c"].Success ? Int(match, "c") * 100 + tens : tens >= 30 ? 1900 + tens : 2000 + tens;
        var part = Behind(text, start, patterns.PartBehind);
        var from = part.Success ? part.Index : start;
        return new DateMention(sentence, from, match.Index + match.Length,
            new WrittenDate(DateUnit.Decade, first) { Part = part.Success ? patterns.PartOf(part.Groups["part"].Value) : DatePart.Whole });
    }

    private static DateMention? ReadWord(Sentence sentence, DateWords words, DateCue cue, int start, int end)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        switch (cue)
        {
            case DateCue.Month:
                return ReadMonth(sentence, words, start);
            case DateCue.Weekday:
                return ReadWeekday(sentence, words, start, end);
            case DateCue.RelativeBefore when patterns.RelativeBefore.Match(text, start) is { Success: true } m:
                return WithPart(sentence, words, Relative(sentence, start, m.Index + m.Length, UnitOf(words.RelativeUnits, m), patterns.Offsets[m.Groups["mod"].Value]));
            case DateCue.RelativeDay or DateCue.RelativeBefore when patterns.RelativeDay.Match(text, start) is { Success: true } m && IsRelativeDay(text, start, m, words):
                return Relative(sentence, start, m.Index + m.Length, DateUnit.Day, patterns.DayOffsets[Normalized(m.Groups["w"].Value).ToLowerInvariant()]);
            case DateCue.RelativeAfter when Behind(text, end, patterns.RelativeAfter) is { Success: true } m:
                return WithPart(sentence, words, Relative(sentence, m.Index, end, UnitOf(words.RelativeUnits, m), patterns.OffsetsAfter[m.Groups["mod"].Value]));
            case DateCue.Quarter:
                return DateForms.Quarter(sentence, words, patterns.Quarter, start);
            case DateCue.QuarterLetter:
                return DateForms.Quarter(sentence, words, patterns.QuarterLetter, start);
            case DateCue.YearPart:
                return DateForms.YearPart(sentence, words, start);
            case DateCue.AheadBefore:
                // Static: a lambda holding the words made ReadWord build its closure at every cue, whatever the cue.
                return DateForms.Ahead(sentence, words, start, static (m, w) => Count(m, w), static (m, w) => UnitOf(w.Units, m));
            case DateCue.DecadeWord when patterns.DecadeWord.Match(text, start) is { Success: true } m:
                return Decade(sentence, patterns, m, start);
            case DateCue.AgoAfter when Behind(text, end, patterns.AgoAfter) is { Success: true } m:
                return Relative(sentence, m.Index, end, UnitOf(words.Units, m), -Count(m, words));
            case DateCue.AgoBefore when patterns.AgoBefore.Match(text, start) is { Success: true } m:
                return Relative(sentence, start, m.Index + m.Length, UnitOf(words.Units, m), -Count(m, words));
            case DateCue.Holiday when !IsPartOfAName(text, start, end, words.Language) && (!words.Capitalized || char.IsUpper(text[start]))
                                  && words.Holidays.TryGetValue(text[start..end], out var holiday):
                return new DateMention(sentence, start, end, new WrittenDate(DateUnit.Day, null, holiday.Month, holiday.Day)
                    { Anchor = DateAnchor.UnstatedYear, Future = Tense.Of(sentence.Text, words.Language) });
            default:
                return null;
        }
    }

    private static DateMention? ReadMonth(Sentence sentence, DateWords words, int start)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        // The match's bounds and its groups read from them, without a Match: see MonthFirstSpan.
        if (MonthFirstSpan.Read(patterns.MonthFirst, text, start) is not { } match)
            return null; // an abbreviation with neither its period nor a number after it ("sept" is also seven)
        var name = text[start..match.NameEnd];
        var (hasDay, hasYear) = (match.HasDay, match.HasYear);
        // English months are capitalized; "may" and "march" written small are a verb. A month in capitals is a headline's.
        if ((words.Capitalized && !char.IsUpper(name[0]) && !hasYear) || (name.Length > 3 && IsAllUpper(name) && !hasDay && !hasYear)) return null;
        if (words.IsAbbreviation(name) && !hasDay && !hasYear) return null;
        var modifier = Behind(text, start, patterns.ModifierBehind);
        var part = hasDay ? Match.Empty : Behind(text, start, patterns.PartBehind);
        if (!hasDay && !hasYear && !modifier.Success && !match.HasMod && !part.Success
            && !Behind(text, start, patterns.DateWordBehind).Success)
        {
            // "January's figures", "février a été...": a month alone is a date, except "May" and "March" (verbs that start
            // sentences), "Mars" the planet, and a month inside a name ("Black September", "June Carter").
            var ambiguous = words.MonthsAlsoWords.Contains(name) || (words.MonthsAlsoNames.Contains(name) && char.IsUpper(name[0]));
            if (ambiguous || IsPartOfAName(text, start, start + name.Length, words.Language)) return null;
        }
        var month = words.MonthOf(name);
        var day = hasDay ? DecimalDigits.Int(text.AsSpan(match.DayStart, match.DayLength)) : (int?)null;
        var year = hasYear ? DecimalDigits.Int(text.AsSpan(match.YearStart, 4)) : 2000;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month))) return null;
        var unit = hasDay ? DateUnit.Day : DateUnit.Month;
        // "juillet dernier", "next July", "last March": the modifier says which; "this July", "ce mois" leave it to the tense.
        var direction = match.HasMod ? patterns.ModifierOffsets[text[match.ModStart..match.End]] > 0
            : modifier.Success && patterns.Offsets[modifier.Groups["mod"].Value] != 0
                ? patterns.Offsets[modifier.Groups["mod"].Value] > 0
                : hasDay && DatesANoun(text, start, words) ? null : Tense.Of(sentence.Text, words.Language);
        var date = hasYear ? new WrittenDate(unit, year, month, day)
            : new WrittenDate(unit, null, month, day) { Anchor = DateAnchor.UnstatedYear, Future = direction };
        var from = start;
        if (part.Success)
        {
            from = part.Index;
            date = date with { Part = patterns.PartOf(part.Groups["part"].Value) };
        }
        return new DateMention(sentence, from, match.End, date);
    }

    private static DateMention? ReadWeekday(Sentence sentence, DateWords words, int start, int end)
    {
        var text = sentence.Text;
        var patterns = words.Patterns;
        if (words.Capitalized && !char.IsUpper(text[start])) return null;
        // "Tuesday, March 12", "mardi 2 avril": the full date that follows is read instead.
        if (patterns.DateAfterWeekday.IsMatch(text, end)) return null;
        // "Sunday Times", "Mardi Gras", "Black Friday", "Super Tuesday": a name, not a day. Where weekdays are written small,
        // one in capitals inside a sentence is a name ("Le Journal du Dimanche") and a small one never is ("a annoncé jeudi Patrick Bloche").
        if (words.Capitalized ? IsPartOfAName(text, start, end, words.Language) : char.IsUpper(text[start]) && !AtSentenceStart(text, start)) return null;
        // "every Tuesday", "comme chaque mardi": a day that comes back dates no one event.
        var (wordFrom, wordEnd) = LetterRuns.Before(text, start);
        if (words.WeekdayRecurringBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordFrom, wordEnd - wordFrom))) return null;
        var before = Behind(text, start, patterns.ModifierBehind);
        var after = patterns.ModifierAfter.Match(text, end);
        var offset = before.Success ? patterns.Offsets[before.Groups["mod"].Value] : 0;
        bool? future = after.Success ? patterns.ModifierOffsets[after.Groups["mod"].Value] > 0
            : offset != 0 ? offset > 0
            : Tense.Of(sentence.Text, words.Language);
        var date = new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.Weekday, Weekday = words.Language.Weekdays[text[start..end]], Future = future };
        return new DateMention(sentence, start, after.Success ? after.Index + after.Length : end, date);
    }

    /// <summary>
    /// "la veille du sommet" is counted from the summit, not from the writing date; "Radio 4's Today programme" is a name:
    /// a capitalized day word inside a sentence of a language that writes them small.
    /// </summary>
    private static bool IsRelativeDay(string text, int start, Match match, DateWords words)
    {
        var end = match.Index + match.Length;
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        var nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        if (nextEnd < text.Length && text[nextEnd] is '\'' or '’') nextEnd++;
        if (next > end && words.RelativeDayOf.Contains(text[next..nextEnd].Replace('’', '\''))) return false;
        return !char.IsUpper(text[start]) || AtSentenceStart(text, start);
    }

    /// <summary>"the end of next month": a part written before a relative date.</summary>
    private static DateMention WithPart(Sentence sentence, DateWords words, DateMention mention)
    {
        var part = Behind(sentence.Text, mention.Start, words.Patterns.PartBehind);
        return part.Success ? mention with { Start = part.Index, Date = mention.Date with { Part = words.Patterns.PartOf(part.Groups["part"].Value) } } : mention;
    }

    private static bool IsAllUpper(string name)
    {
        foreach (var c in name)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool AtSentenceStart(string text, int start) =>
        text.AsSpan(0, start).TrimEnd().TrimEnd("\"«“(").Trim().IsEmpty;

    private static DateMention Relative(Sentence sentence, int start, int end, DateUnit unit, int offset) =>
        new(sentence, start, end, new WrittenDate(unit) { Anchor = DateAnchor.WritingDate, Offset = offset });

    /// <summary>
    /// The unit of a relative date; a decade counts as years (see <see cref="Count"/>). Looked up by the group's span: its
    /// string was made for each relative date only to be looked up.
    /// </summary>
    private static DateUnit UnitOf(FrozenDictionary<string, TimeUnit> units, Match match) => units.GetAlternateLookup<ReadOnlySpan<char>>()[match.Groups["unit"].ValueSpan] switch
    {
        TimeUnit.Day => DateUnit.Day,
        TimeUnit.Week => DateUnit.Week,
        TimeUnit.Month => DateUnit.Month,
        _ => DateUnit.Year,
    };

    /// <summary>"two" in "two weeks ago", 1 for "a week ago"; a decade counts ten years.</summary>
    private static int Count(Match match, DateWords words)
    {
        var number = match.Groups["num"].Value;
        var count = NumberText.Parse(number, words.Language) is var (value, _) && value == Math.Floor(value) && value < 1000 ? (int)value : 1;
        return words.Units[match.Groups["unit"].Value] == TimeUnit.Decade ? count * 10 : count;
    }

    private static bool EndsWithArticle(string text, int start, ImmutableArray<string> articles)
    {
        var before = text.AsSpan(0, start).TrimEnd(" '’");
        foreach (var article in articles)
            if (before.EndsWith(article, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"Sunday Times", "Mardi Gras", "Black Friday": a capitalized word beside a date word makes it part of a name.</summary>
    public static bool IsPartOfAName(string text, int start, int end, LanguagePack language) =>
        NextWordIsCapitalized(text, end, language) || PreviousWordIsCapitalized(text, start, DateWords.Of(language).SentenceStarts);

    private static bool NextWordIsCapitalized(string text, int end, LanguagePack language) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && !language.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, end + 1));

    private static bool PreviousWordIsCapitalized(string text, int start, FrozenSet<string> sentenceStarts)
    {
        var i = start - 1;
        if (i < 1 || text[i] != ' ') return false;
        var wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        if (wordEnd == i || !char.IsUpper(text[i])) return false;
        // A sentence's first word is capitalized anyway: "On Tuesday" is a date, "Black Friday" is not.
        var first = i == 0 || text[..i].Trim().Length == 0 || text[i - 1] is '"' or '«' or '“' or '(';
        return !first || !sentenceStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
    }

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

    private static Match Behind(string text, int start, WordsBehind regex)
    {
        var from = Math.Max(0, start - WindowBehind);
        return regex.Match(text, from, start - from);
    }

    /// <summary>A day word as the pack writes it: straight apostrophes, single spaces.</summary>
    private static string Normalized(string written) => written.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static int Int(Match match, string group) => DecimalDigits.Int(match.Groups[group].ValueSpan);
}
