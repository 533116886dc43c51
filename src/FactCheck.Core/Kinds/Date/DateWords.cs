using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>The words of one language that start a date (<see cref="DateScanner"/>), and what each starts; built once per pack.</summary>
internal sealed class DateWords(LanguagePack language)
{
    public static DateWords Of(LanguagePack language) => memoOfThread.Of(language, static l => new DateWords(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<DateWords> memoOfThread;

    public LanguagePack Language { get; } = language;

    public DatePatterns Patterns { get; } = DatePatterns.Of(language);

    public FrozenDictionary<string, DateCue> Cues { get; } = CuesOf(language);

    /// <summary>The shapes of <see cref="Cues"/>' words: every word of every sentence is asked, and most are no cue.</summary>
    public WordShapes CueShapes { get; } = new(CuesOf(language).Keys, ignoreCase: true);

    /// <summary>Holidays on a fixed day. Moving feasts (Easter, Thanksgiving) are left out: their day depends on the year.</summary>
    public FrozenDictionary<string, (int Month, int Day)> Holidays { get; } = language.Meanings("holidays", d => MonthDay(d) is not null, "a month and day such as 12-25")
        .ToFrozenDictionary(h => h.Key, h => MonthDay(h.Value)!.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The language writes its months and weekdays with a capital: "5 may" is a figure and a verb.</summary>
    public bool Capitalized { get; } = language.Set("traits").Contains("capitalized-calendar");

    /// <summary>Months that are also common words ("may", "march"): alone, never a date.</summary>
    public FrozenSet<string> MonthsAlsoWords { get; } = language.Set("months-also-words");

    /// <summary>Months that, capitalized and alone, are rather a name ("Mars" the planet).</summary>
    public FrozenSet<string> MonthsAlsoNames { get; } = language.Set("months-also-names");

    /// <summary>Words that start a sentence before a weekday or a month without making a name of it.</summary>
    public FrozenSet<string> SentenceStarts { get; } = language.Set("date-sentence-starts");

    /// <summary>"the 90s": an article before a two-digit decade.</summary>
    public ImmutableArray<string> DecadeArticles { get; } = language.Words("decade-articles");

    public FrozenDictionary<string, TimeUnit> Units { get; } = language.Map("duration-units", TimeUnits.Parse, "a unit of time (day, week, month, year, decade)");

    /// <summary>"the 1987 crop": words before a year that make it a date when a noun that is not plural follows.</summary>
    public FrozenSet<string> YearDeterminers { get; } = language.Set("year-determiners");

    /// <summary>The narrower words that make a year before 1900 a date ("in 1871", "depuis 1799"); read with the other date words.</summary>
    public string OldYearWordsBefore { get; } = language.Alternation("old-year-words-before");

    /// <summary>Plural nouns as the pack describes them ("delegates", "people"): "the 2000 delegates" is a count.</summary>
    public NounForms Nouns { get; } = NounForms.Of(language);

    /// <summary>Words after "the 16th" that leave it a day of the month ("before the 16th whether").</summary>
    public FrozenSet<string> OrdinalDayAfter { get; } = language.Set("ordinal-day-after");

    /// <summary>"la veille du sommet": after a relative day, these tie it to another date.</summary>
    public FrozenSet<string> RelativeDayOf { get; } = language.Set("relative-day-of");

    /// <summary>"du" in "les élections du 26 mai": a word that joins a day to the noun before it.</summary>
    public FrozenSet<string> DateOfNoun { get; } = language.Set("date-of-noun");

    /// <summary>Nouns of events set by a calendar ("élections", "scrutin", "sommet"), whose dates take the nearest year.</summary>
    public FrozenSet<string> ScheduledEvents { get; } = language.Set("scheduled-events");

    /// <summary>"dernier", "prochain" after such a date: it says which year itself.</summary>
    public FrozenSet<string> DateOfNounWhich { get; } = language.Set("date-of-noun-which");

    /// <summary>"every", "chaque" before a weekday: a day that comes back, no date.</summary>
    public FrozenSet<string> WeekdayRecurringBefore { get; } = language.Set("weekday-recurring-before");

    /// <summary>The month of a month name or abbreviation.</summary>
    public int MonthOf(string name) => Language.Months.TryGetValue(name, out var month) ? month : Patterns.MonthAbbreviations[name.TrimEnd('.')];

    /// <summary>True for a month abbreviation ("Oct", "sept"): a date only with a day or a year.</summary>
    public bool IsAbbreviation(string name) => !Language.Months.ContainsKey(name);

    public FrozenDictionary<string, TimeUnit> RelativeUnits { get; } = language.Map("relative-units", TimeUnits.Parse, "a unit of time (day, week, month, year)");

    private static FrozenDictionary<string, DateCue> CuesOf(LanguagePack language)
    {
        var cues = new Dictionary<string, DateCue>(StringComparer.OrdinalIgnoreCase);
        void Add(string list, DateCue cue)
        {
            foreach (var phrase in language.Words(list)) cues[FirstWord(phrase)] = cue;
        }
        foreach (var month in language.Months.Keys) cues[month] = DateCue.Month;
        Add("month-abbreviations", DateCue.Month);
        foreach (var day in language.Weekdays.Keys) cues[day] = DateCue.Weekday;
        Add("relative-days", DateCue.RelativeDay);
        Add("relative-before", DateCue.RelativeBefore);
        Add("relative-after", DateCue.RelativeAfter);
        Add("decade-words", DateCue.DecadeWord);
        Add("ago-after", DateCue.AgoAfter);
        Add("ago-before", DateCue.AgoBefore);
        Add("holidays", DateCue.Holiday);
        Add("quarter-ordinals", DateCue.Quarter);
        Add("quarter-letters", DateCue.QuarterLetter);
        Add("year-parts", DateCue.YearPart);
        Add("ahead-before", DateCue.AheadBefore);
        return cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first run of letters of a phrase: the word the scan stops at ("il" of "il y a", "aujourd" of "aujourd'hui").</summary>
    private static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end])) end++;
        return phrase[..end];
    }

    private static (int, int)? MonthDay(string text) =>
        text.Length == 5 && text[2] == '-' && int.TryParse(text.AsSpan(0, 2), CultureInfo.InvariantCulture, out var m) && int.TryParse(text.AsSpan(3), CultureInfo.InvariantCulture, out var d)
        && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2000, m) ? (m, d) : null;
}
