using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The regexes of the own date rules for one language, built once from its pack. Each one starts with <c>\G</c> and is
/// tried only at the word that can start it (a month, a weekday, a year, "this", "dernier"...), so no regex ever walks a
/// whole sentence; what stands before that word ("in", "fin des", "early") is read from a short window behind it by the
/// right-to-left ones. The shapes (digits, years, where a word stands) are here; the words are the pack's.
/// </summary>
internal sealed partial class DatePatterns
{
    private const string S = @"[\s\u00A0\u202F]+";
    private const string Year = @"(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)";
    // Never RegexOptions.Compiled: each is tried at a few words of a sentence, where a regex JIT-compiled on its first match
    // (for the day-month and month-first patterns, with every month name) cost more CPU than all its matches over the bench
    // corpus. The shipped packs' patterns, either direction, are source-generated instead (PackRegexes); a user's are interpreted.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private DatePatterns(LanguagePack language)
    {
        Slips = new RecognizerSlips(language);
        MonthAbbreviations = language.Map("month-abbreviations", text => int.TryParse(text, out var m) && m is >= 1 and <= 12 ? m : (int?)null, "a month from 1 to 12");
        // "Oct. 31", "Oct 20", "12-Jan-98": an abbreviation is a month with its period or before a number ("sept" is also seven).
        var month = $@"(?:(?<m>{LanguagePack.AlternationOf(language.Months.Keys.OrderByDescending(m => m.Length))})(?!\p{{L}})" +
                    $@"|(?<m>{LanguagePack.AlternationOf(MonthAbbreviations.Keys.OrderByDescending(m => m.Length))})(?:\.|(?=[\s\u00A0]+\d|-\d)))";
        var ordinal = $"(?:{language.Alternation("ordinal-suffixes")})?";
        var of = $"(?:{language.Alternation("day-month-of")}{S})?";
        var count = $@"(?<num>\d{{1,3}}|{NumberText.CountWordPattern(language)}|{language.Alternation("duration-articles")})";
        var units = $"(?<unit>{language.Alternation("duration-units")})";
        DayMonth = PackRegexes.Get(language, $@"\G(?<d>[0-3]?\d){ordinal}(?:{S}{of}|-(?=\p{{L}})){month}(?:,?{S}{Year}|-(?<yy>\d\d)(?!\d))?", Options);
        MonthFirst = PackRegexes.Get(language, 
            $@"\G{month}(?:{S}(?<d>[0-3]?\d){ordinal}(?![\d\p{{L}}.,]\d|%))?(?:,?{S}{Year})?(?:{S}(?<mod>{language.Alternation("modifiers-after")}))?", Options);
        DecadeSuffix = PackRegexes.Get(language, $@"\G(?<c>19|20)?(?<dd>\d0)['’]?{language.Alternation("decade-suffixes")}(?!\p{{L}})", Options);
        DecadeWord = PackRegexes.Get(language, $@"\G{language.Alternation("decade-words")}{S}(?<c>19|20)?(?<dd>\d0)(?![\d\p{{L}}])", Options);
        RelativeBefore = PackRegexes.Get(language, 
            $@"\G(?<mod>{language.Alternation("relative-before")}){S}(?<unit>{language.Alternation("relative-units")})(?:{language.Alternation("relative-suffixes")})?(?!\p{{L}})", Options);
        RelativeAfter = PackRegexes.Get(language, 
            $@"(?<![\p{{L}}]){language.Alternation("relative-articles")}[\s\u00A0\u202F]*(?<unit>{language.Alternation("relative-units")}){S}(?<mod>{language.Alternation("relative-after")})$",
            Options | RegexOptions.RightToLeft);
        RelativeDay = PackRegexes.Get(language, $@"\G(?<w>{language.Alternation("relative-days")})(?!\p{{L}})", Options);
        AgoAfter = PackRegexes.Get(language, $@"(?<![\p{{L}}]){count}{S}{units}{S}{language.Alternation("ago-after")}$", Options | RegexOptions.RightToLeft);
        AgoBefore = PackRegexes.Get(language, $@"\G{language.Alternation("ago-before")}{S}{count}{S}{units}(?![\p{{L}}])", Options);
        DateWordBehind = new WordsBehind(
            PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("date-words-before")}[\s\u00A0\u202F-]*$", Options | RegexOptions.RightToLeft),
            language.Words("date-words-before"), skipsHyphens: true);
        PartBehind = new WordsBehind(PackRegexes.Get(language, 
            $@"(?<![\p{{L}}])(?<part>{language.Alternation("date-parts")})(?:{S}{language.Alternation("part-joiners")})?[\s\u00A0\u202F-]*$", Options | RegexOptions.RightToLeft),
            language.Words("date-parts").Concat(language.Words("part-joiners")), skipsHyphens: true);
        ModifierBehind = new WordsBehind(PackRegexes.Get(language, $@"(?<![\p{{L}}])(?<mod>{language.Alternation("relative-before")}){S}$", Options | RegexOptions.RightToLeft),
            language.Words("relative-before"), skipsHyphens: false);
        ModifierAfter = PackRegexes.Get(language, $@"\G{S}(?<mod>{language.Alternation("modifiers-after")})(?!\p{{L}})", Options);
        DateAfterWeekday = PackRegexes.Get(language, 
            $@"\G,?{S}(?:{language.Alternation("date-articles")}{S})?(?:[0-3]?\d{ordinal}{S}{of}{month}|{month}{S}[0-3]?\d)", Options);
        Parts = language.Map("date-parts", Part, "a part of a period (start, middle, end)");
        QuarterOrdinals = language.Map("quarter-ordinals", Offset, "a quarter from 1 to 4");
        YearParts = language.Map("year-parts", Part, "a part of a period (start, middle, end)");
        var ofWords = $"(?:{S}{language.Alternation("of-words")}(?:{S})?)?";
        Quarter = PackRegexes.Get(language, $@"\G(?<q>{language.Alternation("quarter-ordinals")}){S}{language.Alternation("quarter-words")}(?!\p{{L}})(?:{ofWords}(?:{S})?{Year})?", Options);
        QuarterLetter = PackRegexes.Get(language, $@"\G{language.Alternation("quarter-letters")}(?<q>[1-4])(?:{S}{Year}|-{Year})?(?![\d\p{{L}}])", Options & ~RegexOptions.IgnoreCase);
        YearPart = PackRegexes.Get(language, $@"\G(?<p>{language.Alternation("year-parts")})(?!\p{{L}})(?!{S}(?:{language.Alternation("of-words")}(?:{S})?)?(?:19|20)\d\d)", Options);
        AheadBefore = PackRegexes.Get(language, $@"\G{language.Alternation("ahead-before")}{S}{count}{S}{units}(?![\p{{L}}])", Options);
        OrdinalDay = PackRegexes.Get(language, $@"\G(?<d>[0-3]?\d)(?:{language.Alternation("ordinal-suffixes")})(?!\p{{L}})", Options);
        ArticleBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("date-articles")}{S}$", Options | RegexOptions.RightToLeft);
        var spanArticle = $"(?:{language.Alternation("span-articles")}{S})?";
        SpanDayBehind = PackRegexes.Get(language, 
            $@"(?<![\p{{L}}])(?<from>{language.Alternation("span-from")}){S}{spanArticle}(?<d>[0-3]?\d){ordinal}{S}(?:{language.Alternation("span-to")}){S}{spanArticle}$",
            Options | RegexOptions.RightToLeft);
        SpanFromBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}])(?<from>{language.Alternation("span-from")}){S}{spanArticle}$", Options | RegexOptions.RightToLeft);
        SpanTo = PackRegexes.Get(language, $@"^(?:{S}(?:{language.Alternation("span-to")}){S}|(?:{S})?[-–](?:{S})?){spanArticle}$", Options);
        DayAfter = PackRegexes.Get(language, $@"\G(?:{S})?(?:{language.Alternation("span-to")}|[-–])(?:{S})?(?<d>[0-3]?\d)(?![\d\p{{L}}%]|[.,]\d|{S}{month})", Options);
        Offsets = language.Map("relative-before", Offset, "a number of periods such as -1");
        OffsetsAfter = language.Map("relative-after", Offset, "a number of periods such as -1");
        ModifierOffsets = language.Map("modifiers-after", Offset, "a number of periods such as -1");
        DayOffsets = language.Map("relative-days", Offset, "a number of days such as 1");
    }

    /// <summary>What the recognizer reads wrongly in this language.</summary>
    public RecognizerSlips Slips { get; }

    /// <summary>The patterns of <paramref name="language"/>.</summary>
    public static DatePatterns Of(LanguagePack language) => memoOfThread.Of(language, static l => new DatePatterns(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<DatePatterns> memoOfThread;

    /// <summary>"9 July 2024", "1er avril 2024", "2 avril", "9th of July".</summary>
    public Regex DayMonth { get; }

    /// <summary>"July 9, 2024", "July 2024", "juillet 2024", "July", "juillet dernier".</summary>
    public Regex MonthFirst { get; }

    /// <summary>"1990s", "90s", "the '90s".</summary>
    public Regex DecadeSuffix { get; }

    /// <summary>"années 90", "années 1990", "années 2000".</summary>
    public Regex DecadeWord { get; }

    /// <summary>"this week", "last month", "next year", "cette semaine", "ce mois-ci".</summary>
    public Regex RelativeBefore { get; }

    /// <summary>"le mois dernier", "l'an prochain", "la semaine passée": read back from "dernier"/"prochain".</summary>
    public Regex RelativeAfter { get; }

    /// <summary>"today", "tomorrow", "aujourd'hui", "après-demain".</summary>
    public Regex RelativeDay { get; }

    /// <summary>"two weeks ago", "a year ago", "three decades ago": read back from "ago".</summary>
    public Regex AgoAfter { get; }

    /// <summary>"il y a deux semaines", "il y a un an" (a bare "il y a", "there is", is not a date).</summary>
    public Regex AgoBefore { get; }

    /// <summary>The words that make a year, a month or a decade standing alone a date: "in 2014", "en juillet", "depuis 2019".</summary>
    public WordsBehind DateWordBehind { get; }

    /// <summary>"early", "mid-", "late", "début", "fin des", "à la fin de": which third of the period is meant, read back from the date.</summary>
    public WordsBehind PartBehind { get; }

    /// <summary>"next", "last", "this", "ce", "cette" before a weekday or a month.</summary>
    public WordsBehind ModifierBehind { get; }

    /// <summary>"dernier", "prochain" after a weekday.</summary>
    public Regex ModifierAfter { get; }

    /// <summary>A date follows a weekday: "Tuesday, March 12", "mardi 2 avril" (the date is read, not the weekday).</summary>
    public Regex DateAfterWeekday { get; }

    /// <summary>The part of a period each part phrase names ("early" the start, "fin des" the end).</summary>
    public FrozenDictionary<string, DatePart> Parts { get; }

    /// <summary>How many periods from the writing date a modifier before a unit means ("last" -1, "cette" 0).</summary>
    public FrozenDictionary<string, int> Offsets { get; }

    /// <summary>How many periods from the writing date a modifier after a unit means ("dernier" -1, "prochaine" 1).</summary>
    public FrozenDictionary<string, int> OffsetsAfter { get; }

    /// <summary>The direction of "dernier", "prochain" after a weekday or a month.</summary>
    public FrozenDictionary<string, int> ModifierOffsets { get; }

    /// <summary>How many days from the writing date a day word means ("tomorrow" 1, "avant-hier" -2).</summary>
    public FrozenDictionary<string, int> DayOffsets { get; }

    /// <summary>Month abbreviations ("Oct", "sept") and their months.</summary>
    public FrozenDictionary<string, int> MonthAbbreviations { get; }

    /// <summary>"the third quarter", "le troisième trimestre 2024".</summary>
    public Regex Quarter { get; }

    /// <summary>"Q3 2024", "Q1-2025".</summary>
    public Regex QuarterLetter { get; }

    /// <summary>The quarter each ordinal names.</summary>
    public FrozenDictionary<string, int> QuarterOrdinals { get; }

    /// <summary>"by the year end", "la fin de l'année" with no year after it: a part of the writing year.</summary>
    public Regex YearPart { get; }

    /// <summary>The part each year-part phrase names.</summary>
    public FrozenDictionary<string, DatePart> YearParts { get; }

    /// <summary>"dans deux semaines": counted forward from the writing date.</summary>
    public Regex AheadBefore { get; }

    /// <summary>"2010-2017", "1986/87": a span of years (digits in every language).</summary>
    [GeneratedRegex(@"\G(?<y>(?:19|20)\d\d)[-–/](?<y2>(?:19|20)\d\d|\d\d)(?![\d\p{L}]|[-–/]\d)", Options)]
    public static partial Regex YearSpan { get; }

    /// <summary>"16th" in "before the 16th": a day of the month alone.</summary>
    public Regex OrdinalDay { get; }

    /// <summary>"the" before a day of the month alone.</summary>
    public Regex ArticleBehind { get; }

    /// <summary>"du 12 au" before "15 juin", "from 3 to" before "5 May", "entre le 7 et le" before "17 janvier".</summary>
    public Regex SpanDayBehind { get; }

    /// <summary>"du", "entre", "from", "between" before the first date of a span.</summary>
    public Regex SpanFromBehind { get; }

    /// <summary>What joins a span's two dates: "au", "et le", "to", "-".</summary>
    public Regex SpanTo { get; }

    /// <summary>" and 19", "-6" after "Feb 11", "May 4": the last day of a span in the same month.</summary>
    public Regex DayAfter { get; }

    /// <summary>The part a matched <see cref="PartBehind"/> names.</summary>
    public DatePart PartOf(string written) => Parts.GetValueOrDefault(Spaces().Replace(written.Replace('’', '\''), " "), DatePart.End);

    [GeneratedRegex(@"[\s\u00A0\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private static DatePart? Part(string name) => name switch
    {
        "start" => DatePart.Start,
        "middle" => DatePart.Middle,
        "end" => DatePart.End,
        _ => null,
    };

    private static int? Offset(string text) => int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>"2024-04-02".</summary>
    [GeneratedRegex(@"\G(?<y>(?:19|20)\d\d)-(?<mn>[01]\d)-(?<d>[0-3]\d)(?!\d)", Options)]
    public static partial Regex Iso { get; }

    /// <summary>A year on its own: "2014" (whether it is a date depends on the word before it).</summary>
    [GeneratedRegex($@"\G{Year}", Options)]
    public static partial Regex YearAlone { get; }
}
