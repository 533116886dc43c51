using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Dates: FactCheck's own rules (<see cref="DateScanner"/>) read the forms news text repeats; Microsoft.Recognizers.Text.DateTime
/// reads the long tail they leave (numeric dates, holidays, "the day after tomorrow", "dans trois jours"), only in short windows
/// around the cues <see cref="DateCues"/> finds unexplained, as the money source does with currency words. Read everywhere, its
/// whole model runs at about 0.03 MB/s and reads news forms worse than the own rules ("le mois dernier" as this month, "fin des
/// années 90" as the 2090s), so the own rules win where both read a date, unless the recognizer's reading spans a cue and the
/// own date within it ("the day after tomorrow" holds "tomorrow"). Whatever it returns passes the refusals of its known slips.
/// <see cref="RecognizerScope.Everywhere"/> runs it on every sentence, for the benchmark and the tests of those slips.
/// </summary>
public sealed class DateMentionSource(RecognizerScope scope = RecognizerScope.Unexplained) : IMentionSource
{
    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var own = NarrativeYears.With(sentence, ClockScanner.With(sentence, DateScanner.Find(sentence)));
        var text = sentence.Text;
        var language = sentence.Source.Language;
        var cues = scope == RecognizerScope.Everywhere ? [] : DateCues.Unexplained(text, own, language);
        if (scope == RecognizerScope.Unexplained && cues.Count == 0) return own;
        var windows = scope == RecognizerScope.Everywhere ? [(0, text.Length)] : DateCues.Windows(text, cues);

        var all = new List<DateMention>(own);
        bool? future = null;
        foreach (var (from, to) in windows)
        {
            foreach (var (start, end, date) in RecognizersDateTimeSource.Recognize(text[from..to], language)
                         .Select(r => (r.Start + from, r.End + from, r.Date)))
            {
                var atCue = cues.Exists(c => c.Start < end && start < c.End);
                // In a window, only what reads the cue counts: the rest of the window is the own rules' to read.
                if ((!atCue && scope == RecognizerScope.Unexplained) || IsSlip(text, start, end, language)) continue;
                if (atCue) all.RemoveAll(m => start <= m.Start && m.End <= end);
                if (all.Exists(m => m.Start < end && start < m.End)) continue;
                future ??= Tense.Of(text, language);
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
    internal static bool IsSlip(string text, int start, int end, LanguagePack language)
    {
        var slips = DatePatterns.Of(language).Slips;
        var written = text[start..end].Trim();
        var words = written.Split([' ', '\u00A0', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (slips.BareWords.Contains(written) || words.Any(slips.NotDates.Contains) || slips.NotDatePhrases.Any(p => written.Contains(p, StringComparison.OrdinalIgnoreCase)))
            return true;
        if (words.Length == 1 && (language.Weekdays.ContainsKey(written) || language.Months.ContainsKey(written)))
            return (slips.Capitalized && !char.IsUpper(written[0])) || DateScanner.IsPartOfAName(text, start, end, language) || slips.MonthsAlsoWords.Contains(written);
        return false;
    }
}
