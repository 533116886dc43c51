using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Mentions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The only file that calls Microsoft.Recognizers.Text.DateTime. Runs its date and holiday extractors and parsers on a text
/// and turns each result's TIMEX into a <see cref="WrittenDate"/>, so that no recognizer type leaves this file. The
/// recognizer resolves relative dates against a reference day; it is given a fixed one, and a result that moved with it
/// ("the day after tomorrow") becomes an offset from the writing date, which Normalization places once it knows the
/// source's date.
/// Only those two of the library's extractors are built, not its whole DateTimeModel: the forms it reads for FactCheck
/// (<see cref="DateCues"/>) are days and holidays, and the model's other dozen (times, periods, sets, durations, their
/// merging) tripled its start-up and made each call five times slower (measured: 0.25 s to build and 0.06–0.26 ms a
/// window, against 0.45 s and 1.1 ms). Each culture's pair is built once, on first use, and shared by every thread (the
/// library's extractors keep no state between calls; the reports of one and four threads are compared in a test).
/// </summary>
internal static partial class RecognizersDateTimeSource
{
    private static readonly DateTime Reference = new(2001, 7, 18); // a Wednesday in mid-month, mid-year: offsets stay inside one year
    private static readonly ConcurrentDictionary<string, Lazy<Reader>> Readers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The recognizer's dates in <paramref name="text"/>, read in the culture of <paramref name="language"/>'s pack: <c>[Start, End)</c>
    /// and the date as written. A pack with no culture the recognizer reads gets none.
    /// </summary>
    public static IEnumerable<(int Start, int End, WrittenDate Date)> Recognize(string text, LanguagePack language)
    {
        if (language.RecognizerCulture is not { } culture || !Reader.Reads(culture)) yield break;
        // The library's model lower-cases a query before its extractors see it; so does this. One character for one, so
        // the recognizer's offsets are still ours.
        var plain = Casing.ToLower(text.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' '));
        var reader = Readers.GetOrAdd(culture, c => new Lazy<Reader>(() => Reader.Create(c))).Value;
        var ambiguous = DateCues.RefusesAmbiguousNumericDates(language);
        foreach (var (start, length, timex) in reader.Read(plain, Reference))
        {
            var written = text.Substring(start, length);
            if (ambiguous && DateCues.AmbiguousNumericDate(written)) continue;
            var date = Read(timex, written);
            // A feast without its year: its day is the recognizer's for the reference year. Easter moves; Christmas does not.
            if (date is null || (date.Anchor == DateAnchor.UnstatedYear && Moves(reader, plain.Substring(start, length), timex))) continue;
            yield return (start, start + length, date);
        }
    }

    /// <summary>True when the recognizer places <paramref name="text"/> on another day a year later: a feast that moves, like Easter.</summary>
    private static bool Moves(Reader reader, string text, string timex) => !reader.Read(text, Reference.AddYears(1)).Any(r => r.Timex == timex);

    /// <summary>One culture's date and holiday extractors with their parsers.</summary>
    private sealed record Reader(IDateTimeExtractor Dates, IDateTimeParser DateParser, IDateTimeExtractor Holidays, IDateTimeParser HolidayParser)
    {
        /// <summary>True for the cultures whose date extractors FactCheck builds.</summary>
        public static bool Reads(string culture) =>
            string.Equals(culture, Culture.English, StringComparison.OrdinalIgnoreCase) || string.Equals(culture, Culture.French, StringComparison.OrdinalIgnoreCase);

        public static Reader Create(string culture)
        {
            var options = new BaseDateTimeOptionsConfiguration(culture, DateTimeOptions.None);
            if (string.Equals(culture, Culture.French, StringComparison.OrdinalIgnoreCase))
            {
                var common = new Microsoft.Recognizers.Text.DateTime.French.FrenchCommonDateTimeParserConfiguration(options);
                return new Reader(
                    new BaseDateExtractor(new Microsoft.Recognizers.Text.DateTime.French.FrenchDateExtractorConfiguration(options)),
                    new BaseDateParser(new Microsoft.Recognizers.Text.DateTime.French.FrenchDateParserConfiguration(common)),
                    new BaseHolidayExtractor(new Microsoft.Recognizers.Text.DateTime.French.FrenchHolidayExtractorConfiguration(options)),
                    new BaseHolidayParser(new Microsoft.Recognizers.Text.DateTime.French.FrenchHolidayParserConfiguration(options)));
            }
            var english = new Microsoft.Recognizers.Text.DateTime.English.EnglishCommonDateTimeParserConfiguration(options);
            return new Reader(
                new BaseDateExtractor(new Microsoft.Recognizers.Text.DateTime.English.EnglishDateExtractorConfiguration(options)),
                new BaseDateParser(new Microsoft.Recognizers.Text.DateTime.English.EnglishDateParserConfiguration(english)),
                new BaseHolidayExtractor(new Microsoft.Recognizers.Text.DateTime.English.EnglishHolidayExtractorConfiguration(options)),
                new BaseHolidayParser(new Microsoft.Recognizers.Text.DateTime.English.EnglishHolidayParserConfiguration(options)));
        }

        /// <summary>
        /// Each date the extractors find, with its TIMEX; where two overlap ("good friday 2024" and its "friday") the longer
        /// one, as the library's merged extractor keeps.
        /// </summary>
        public List<(int Start, int Length, string Timex)> Read(string text, DateTime reference)
        {
            var found = new List<(int Start, int Length, string Timex)>();
            foreach (var (extractor, parser) in new[] { (Holidays, HolidayParser), (Dates, DateParser) })
            {
                foreach (var result in Guarded(() => extractor.Extract(text, reference)) ?? [])
                {
                    if (result.Start is not { } start || result.Length is not { } length) continue;
                    if (found.Exists(f => f.Start < start + length && start < f.Start + f.Length && f.Length >= length)) continue;
                    if (Guarded(() => parser.Parse(result, reference)) is not DateTimeParseResult { TimexStr: { } timex }) continue;
                    found.RemoveAll(f => f.Start < start + length && start < f.Start + f.Length);
                    found.Add((start, length, timex));
                }
            }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        /// <summary>
        /// The recognizer's answer, or null where it throws: it adds "99999999999 weeks" to today past the calendar's end and
        /// dereferences a null on some odd durations. Such a text is no date FactCheck can place.
        /// </summary>
        private static T? Guarded<T>(Func<T> call) where T : class
        {
            try
            {
                return call();
            }
            catch (Exception e) when (e is ArgumentException or OverflowException or FormatException or NullReferenceException or IndexOutOfRangeException or InvalidOperationException)
            {
                return null;
            }
        }
    }

    private static WrittenDate? Read(string timex, string text)
    {
        if (FullDate().Match(timex) is { Success: true } d)
        {
            // The recognizer gives "0000-02-31" for some slips: a date is checked before it is built.
            var (year, month, day) = (Int(d, "y"), Int(d, "m"), Int(d, "d"));
            if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            var date = new DateTime(year, month, day);
            return Written(d, text) ? new WrittenDate(DateUnit.Day, date.Year, date.Month, date.Day)
                : new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.WritingDate, Offset = (date - Reference).Days };
        }
        if (DayOfUnstatedYear().Match(timex) is { Success: true } u)
            return new WrittenDate(DateUnit.Day, null, Int(u, "m"), Int(u, "d")) { Anchor = DateAnchor.UnstatedYear };
        if (Weekday().Match(timex) is { Success: true } w)
            return new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.Weekday, Weekday = (DayOfWeek)(Int(w, "w") % 7) };
        return null; // "the first Tuesday of March" and other forms FactCheck does not place
    }

    /// <summary>True when the year of the TIMEX is written in the text (in full, or as the end of a numeric date: "4/2/87"); otherwise the recognizer took it from the reference day.</summary>
    private static bool Written(Match match, string text) => text.Contains(match.Groups["y"].Value, StringComparison.Ordinal) || NumericDate().IsMatch(text);

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{2,4}", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    private static int Int(Match match, string group) => DecimalDigits.Int(match.Groups[group].ValueSpan);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^XXXX-(?<m>\d\d)-(?<d>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfUnstatedYear();

    [GeneratedRegex(@"^XXXX-WXX-(?<w>[1-7])$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
