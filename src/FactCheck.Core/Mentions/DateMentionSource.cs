using System.Collections.Frozen;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// Dates: FactCheck's own rules first (<see cref="DateScanner"/>), then Microsoft.Recognizers.Text.DateTime on a short
/// window around each date word they could not read ("two weeks ago", "il y a deux semaines", "July's summit"). The
/// recognizer is slow (about 0.03 MB/s) and slips on words news text is full of, so it never sees a whole sentence on
/// the fast path, and what it returns passes the same refusals as the own rules.
/// </summary>
internal sealed class DateMentionSource(RecognizerScope scope = RecognizerScope.Unexplained) : IMentionSource
{
    private const int WindowBefore = 30;
    private const int WindowAfter = 30;

    /// <summary>Words that make what the recognizer reads not a date of an event: seasons and week-ends it resolves wrongly or not at all.</summary>
    private static readonly FrozenSet<string> NotDates = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "été", "hiver", "printemps", "automne", "summer", "winter", "spring", "autumn", "fall", "week-end", "weekend", "week-ends", "weekends");

    /// <summary>Words the recognizer reads as a date when they stand alone ("un" is one, not a day).</summary>
    private static readonly FrozenSet<string> BareWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "un", "une", "a", "an", "one");

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var (own, unread) = DateScanner.Default.Find(sentence);
        if (unread.Count == 0 && scope == RecognizerScope.Unexplained) return own;

        var text = sentence.Text;
        var all = new List<DateMention>(own);
        var windows = scope == RecognizerScope.Everywhere ? [(0, text.Length)] : Windows(text, unread);
        bool? future = null;
        foreach (var (from, to) in windows)
        {
            foreach (var (start, end, date) in RecognizersDateTimeSource.Recognize(text[from..to], sentence.Source.Language)
                         .Select(r => (r.Start + from, r.End + from, r.Date)))
            {
                if (all.Exists(m => m.Start < end && start < m.End) || IsSlip(text, start, end, sentence.Source.Language)) continue;
                future ??= DatePatterns.Future.IsMatch(text) ? true : DatePatterns.Past.IsMatch(text) ? false : null;
                var placed = date.Anchor is DateAnchor.Weekday or DateAnchor.UnstatedYear ? date with { Future = future } : date;
                all.Add(new DateMention(sentence, start, end, placed));
            }
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// The recognizer's known slips: "le week-end" read as a month, "été" as an unresolved season, a bare "un", "may" and
    /// "march" the verbs read as months, "Sunday" of the "Sunday Times" read as a day.
    /// </summary>
    internal static bool IsSlip(string text, int start, int end, string language)
    {
        var written = text[start..end].Trim();
        var words = written.Split([' ', '\u00A0', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (BareWords.Contains(written) || words.Any(NotDates.Contains) || written.Contains("fin de semaine", StringComparison.OrdinalIgnoreCase)) return true;
        if (words.Length == 1 && (Sources.CalendarWords.Weekdays.ContainsKey(written) || Sources.CalendarWords.Months.ContainsKey(written)))
            return (language == "en" && !char.IsUpper(written[0])) || DateScanner.IsPartOfAName(text, start, end)
                || written.Equals("may", StringComparison.OrdinalIgnoreCase) || written.Equals("march", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    private static List<(int From, int To)> Windows(string text, List<int> unread)
    {
        var windows = new List<(int From, int To)>();
        foreach (var at in unread)
        {
            var from = Math.Max(0, at - WindowBefore);
            while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
            var to = Math.Min(text.Length, at + WindowAfter);
            while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
            if (windows.Count > 0 && windows[^1].To >= from) windows[^1] = (windows[^1].From, Math.Max(windows[^1].To, to));
            else windows.Add((from, to));
        }
        return windows;
    }
}
