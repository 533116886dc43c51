using System.Collections.Frozen;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// Dates: FactCheck's own rules (<see cref="DateScanner"/>) read every form the fast path knows. Microsoft.Recognizers.Text.DateTime
/// runs only where <see cref="RecognizerScope.Everywhere"/> asks (a check run that way, and the tests of its slips): its
/// start-up alone (about 5 s for English and 15 s for French on this project's machine, before the first result) is more than
/// a whole check of the bench corpus may cost, and on the forms news text writes it reads less than the own rules ("le mois
/// dernier" as this month, "l'an prochain" as this month, "fin des années 90" as the 1990s or the 2090s). What it returns
/// passes the same refusals as the own rules, and the own rules win where both read a date.
/// </summary>
internal sealed class DateMentionSource(RecognizerScope scope = RecognizerScope.Unexplained) : IMentionSource
{
    /// <summary>Words that make what the recognizer reads not a date of an event: seasons and week-ends it resolves wrongly or not at all.</summary>
    private static readonly FrozenSet<string> NotDates = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "été", "hiver", "printemps", "automne", "summer", "winter", "spring", "autumn", "fall", "week-end", "weekend", "week-ends", "weekends");

    /// <summary>Words the recognizer reads as a date when they stand alone ("un" is one, not a day).</summary>
    private static readonly FrozenSet<string> BareWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "un", "une", "a", "an", "one");

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var own = DateScanner.Find(sentence);
        if (scope == RecognizerScope.Unexplained) return own;

        var text = sentence.Text;
        var all = new List<DateMention>(own);
        bool? future = null;
        foreach (var (start, end, date) in RecognizersDateTimeSource.Recognize(text, sentence.Source.Language))
        {
            if (all.Exists(m => m.Start < end && start < m.End) || IsSlip(text, start, end, sentence.Source.Language)) continue;
            future ??= Tense.Of(text);
            var placed = date.Anchor is DateAnchor.Weekday or DateAnchor.UnstatedYear ? date with { Future = future } : date;
            all.Add(new DateMention(sentence, start, end, placed));
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
}
