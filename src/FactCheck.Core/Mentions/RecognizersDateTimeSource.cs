using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace FactCheck.Mentions;

/// <summary>
/// The only file that calls Microsoft.Recognizers.Text.DateTime. Runs its date model on a sentence and turns each
/// result's TIMEX into a <see cref="WrittenDate"/>, so that no recognizer type leaves this file. The recognizer resolves
/// relative dates against a reference day; it is given a fixed one, and a result that moved with it ("two weeks ago")
/// becomes an offset from the writing date, which Normalization places once it knows the source's date.
/// Each culture's model is built once, on first use, and shared by every thread (the library's models keep no state
/// between calls; the reports of one and four threads are compared in a test).
/// </summary>
internal static partial class RecognizersDateTimeSource
{
    private static readonly DateTime Reference = new(2001, 7, 18); // a Wednesday in mid-month, mid-year: offsets stay inside one year
    private static readonly Lazy<DateTimeModel> English = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel());
    private static readonly Lazy<DateTimeModel> French = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.French, DateTimeOptions.None).GetDateTimeModel());

    /// <summary>The recognizer's dates in <paramref name="text"/>: <c>[Start, End)</c> and the date as written.</summary>
    public static IEnumerable<(int Start, int End, WrittenDate Date)> Recognize(string text, string language)
    {
        // One character for one, so the recognizer's offsets are still ours.
        var plain = text.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var model = language == "fr" ? French.Value : English.Value;
        foreach (var result in model.Parse(plain, Reference))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values) continue;
            var value = values.FirstOrDefault();
            if (value is null || !value.TryGetValue("timex", out var timex) || !value.TryGetValue("type", out var type)) continue;
            var mod = value.GetValueOrDefault("Mod");
            // "before Christmas", "since June": a stretch up to or from a date, not the date of an event.
            if (mod is "before" or "after" or "since" or "until" or "less" or "more") continue;
            if (language == "en" && DateCues.AmbiguousNumericDate(result.Text)) continue;
            var written = Read(timex, type, result.Text);
            // A feast without its year: its day is the recognizer's for the reference year. Easter moves; Christmas does not.
            if (written is null || (written.Anchor == DateAnchor.UnstatedYear && Moves(model, result.Text, timex))) continue;
            var part = mod switch { "start" => DatePart.Start, "mid" => DatePart.Middle, "end" => DatePart.End, _ => DatePart.Whole };
            yield return (result.Start, result.End + 1, written with { Part = part }); // the recognizer's End is inclusive; ours is exclusive
        }
    }

    private static WrittenDate? Read(string timex, string type, string text)
    {
        if (type == "date")
        {
            if (FullDate().Match(timex) is { Success: true } d)
            {
                var date = new DateTime(Int(d, "y"), Int(d, "m"), Int(d, "d"));
                return Written(d, text) ? new WrittenDate(DateUnit.Day, date.Year, date.Month, date.Day)
                    : new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.WritingDate, Offset = (date - Reference).Days };
            }
            if (DayOfUnstatedYear().Match(timex) is { Success: true } u)
                return new WrittenDate(DateUnit.Day, null, Int(u, "m"), Int(u, "d")) { Anchor = DateAnchor.UnstatedYear };
            if (Weekday().Match(timex) is { Success: true } w)
                return new WrittenDate(DateUnit.Day) { Anchor = DateAnchor.Weekday, Weekday = (DayOfWeek)(Int(w, "w") % 7) };
            return null;
        }
        if (type != "daterange") return null; // times, durations and sets are not dates of events
        if (Year().Match(timex) is { Success: true } y)
            return Written(y, text) ? new WrittenDate(DateUnit.Year, Int(y, "y"))
                : new WrittenDate(DateUnit.Year) { Anchor = DateAnchor.WritingDate, Offset = Int(y, "y") - Reference.Year };
        if (Month().Match(timex) is { Success: true } m)
            return Written(m, text) ? new WrittenDate(DateUnit.Month, Int(m, "y"), Int(m, "m"))
                : new WrittenDate(DateUnit.Month) { Anchor = DateAnchor.WritingDate, Offset = (Int(m, "y") - Reference.Year) * 12 + Int(m, "m") - Reference.Month };
        if (MonthOfUnstatedYear().Match(timex) is { Success: true } um)
            return new WrittenDate(DateUnit.Month, null, Int(um, "m")) { Anchor = DateAnchor.UnstatedYear };
        if (Week().Match(timex) is { Success: true } wk)
        {
            var monday = ISOWeek.ToDateTime(Int(wk, "y"), Int(wk, "w"), DayOfWeek.Monday);
            return new WrittenDate(DateUnit.Week) { Anchor = DateAnchor.WritingDate, Offset = (int)Math.Floor((monday - ISOWeek.ToDateTime(ISOWeek.GetYear(Reference), ISOWeek.GetWeekOfYear(Reference), DayOfWeek.Monday)).Days / 7.0) };
        }
        if (Decade().Match(timex) is { Success: true } dec)
        {
            var tens = Int(dec, "dd");
            var century = dec.Groups["c"].Value is "XX" ? (tens >= 30 ? 1900 : 2000) : Int(dec, "c") * 100;
            return new WrittenDate(DateUnit.Decade, century + tens);
        }
        return null;
    }

    /// <summary>True when the recognizer places <paramref name="text"/> on another day a year later: a feast that moves, like Easter.</summary>
    private static bool Moves(DateTimeModel model, string text, string timex) =>
        !model.Parse(text, Reference.AddYears(1)).Any(r => r.Resolution?.TryGetValue("values", out var raw) == true
            && raw is IEnumerable<Dictionary<string, string>> values && values.FirstOrDefault()?.GetValueOrDefault("timex") == timex);

    /// <summary>True when the year of the TIMEX is written in the text (in full, or as the end of a numeric date: "4/2/87"); otherwise the recognizer took it from the reference day.</summary>
    private static bool Written(Match match, string text) => text.Contains(match.Groups["y"].Value, StringComparison.Ordinal) || NumericDate().IsMatch(text);

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{2,4}", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^XXXX-(?<m>\d\d)-(?<d>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfUnstatedYear();

    [GeneratedRegex(@"^XXXX-WXX-(?<w>[1-7])$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"^XXXX-(?<m>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfUnstatedYear();

    [GeneratedRegex(@"^(?<y>\d{4})-W(?<w>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"^\((?<c>\d\d|XX)(?<dd>\d0)-01-01,(?:\d\d|XX)\d0-01-01,P10Y\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();
}
