using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Date;

/// <summary>
/// Times of day: "at 12:20 pm", "3 o'clock", "1030 GMT", "à 12h26", "vers 13 heures", "shortly after noon", "un peu avant
/// midi". A bare figure with an hour mark is as often a length of time ("en 2h30", "un retard de 1h30"), so only a time with
/// "am"/"pm", a zone, or a word before it that places a moment ("at", "à", "around", "vers", "shortly before", "jusqu'à") is
/// read. The word before also says how near the moment is: "around" a quarter of an hour either side (half an hour for a
/// time written to the hour), "shortly before" half an hour before, "until" or "after" some hours; a time written to the
/// hour alone ("at 3 pm") holds a quarter of an hour either side. A time in brackets right after another ("12h26 (21h26 à Paris)") is the
/// same moment in another place's time and is not read. The words are the packs' <c>clock-</c> lists.
/// </summary>
internal static partial class ClockScanner
{
    private const int Quarter = 15;
    private const int Shortly = 30;
    private const int SomeHours = 6 * 60;
    private const string Space = @"[\s\u00A0\u202F]";

    /// <summary><paramref name="dates"/> with the times of day of <paramref name="sentence"/> that none of them covers, in order.</summary>
    public static IReadOnlyList<DateMention> With(Sentence sentence, IReadOnlyList<DateMention> dates)
    {
        var text = sentence.Text;
        var words = Words.Of(sentence.Source.Language);
        // A time holds a digit or is a word ("noon", "minuit"): most sentences hold neither.
        var named = words.Named.MayHold(text);
        if (!named && DecimalDigits.IndexIn(text) < 0) return dates;
        var bracketEnd = -1;
        List<DateMention>? all = null;
        // Match by match: a MatchCollection was made for every sentence, most of them without a time (some 24 MB over a 30 MB text).
        for (var match = NextTime(text, 0, words, named); match.Success; match = NextTime(text, match.Index + match.Length, words, named))
        {
            if (match.Index < bracketEnd || MentionSpans.Overlap(dates, match.Index, match.Index + match.Length)) continue;
            if (Read(text, match, words) is not { } read) continue;
            var (start, end, clock) = read;
            all ??= [.. dates];
            all.Add(new DateMention(sentence, start, end, new WrittenDate(DateUnit.Day) { Clock = clock }));
            if (Bracket.Match(text, end) is { Success: true } open)
                bracketEnd = text.IndexOf(')', open.Index + open.Length) is var close and >= 0 ? close : text.Length;
        }
        if (all is null) return dates;
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// The first time from <paramref name="from"/> on, as <see cref="Match.NextMatch"/> would find it. Without a named time
    /// ("noon") in the sentence a time starts at a digit, and the anchored pattern is tried at each run of digits alone: the
    /// pattern's own search stops at every "m" and "n" (that may start "noon" or "midnight") and every letter past ASCII.
    /// </summary>
    private static Match NextTime(string text, int from, Words words, bool named)
    {
        if (named) return words.Time.Match(text, from);
        for (var i = from; i < text.Length; i++)
        {
            var digit = DecimalDigits.IndexIn(text.AsSpan(i));
            if (digit < 0) break;
            i += digit;
            // The pattern reads no time right after a digit (a run of digits is tried at its first), nor after what else its
            // look-behind refuses: a letter, '.', ',' or ':' ("1,500", "A320"), where the call alone cost more than the refusal.
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' or ':')) continue;
            var match = words.TimeAt.Match(text, i);
            if (match.Success) return match;
        }
        return Match.Empty;
    }

    /// <summary>
    /// Where the time's words start (its qualifier's, "shortly before", if any) and end (its zone's, if any), and the minutes it
    /// can mean, or null when it is no time of day.
    /// </summary>
    private static (int Start, int End, ClockTime Clock)? Read(string text, Match match, Words words)
    {
        var g = match.Groups;
        var lead = LeadBefore(text, match.Index, words);
        int minute;
        if (g["noon"].Success) minute = 12 * 60;
        // "shortly before midnight" is the end of a day, "after midnight" the start of the next.
        else if (g["midnight"].Success) minute = lead.Match is not null && lead.Kind is Lead.ShortlyBefore or Lead.Until ? ClockTime.Day : 0;
        else if (g["hm"].Success) minute = (Int(g["hm"].ValueSpan[..2]) * 60) + Int(g["hm"].ValueSpan[2..]);
        else
        {
            var hour = Int(g["h"].ValueSpan);
            if (g["am"].Success || g["pm"].Success)
            {
                if (hour is < 1 or > 12) return null;
                hour = (hour % 12) + (g["pm"].Success ? 12 : 0);
            }
            minute = (hour * 60) + (g["m"].Success ? Int(g["m"].ValueSpan) : 0);
        }
        if (minute > ClockTime.Day || (minute == ClockTime.Day && !g["midnight"].Success)) return null;
        var after = words.Zone.Match(text, match.Index + match.Length);
        var zone = after.Success ? words.Zones[Spaces.Collapse(after.Groups["zone"].Value)] : null;
        var strong = g["am"].Success || g["pm"].Success || g["hm"].Success || zone is not null;
        if (lead.Match is null && !strong) return null;
        // A time written to the hour ("vers 12 heures", "at 3 pm") is as precise as that: "around" noon holds 11:40.
        var hourOnly = !g["m"].Success && !g["hm"].Success;
        var (first, last) = lead.Kind switch
        {
            Lead.Around => hourOnly ? (minute - Shortly, minute + Shortly) : (minute - Quarter, minute + Quarter),
            Lead.At when hourOnly => (minute - Quarter, minute + Quarter),
            Lead.ShortlyBefore => (minute - Shortly, minute),
            Lead.ShortlyAfter => (minute, minute + Shortly),
            Lead.Until => (minute - SomeHours, minute),
            Lead.From => (minute, minute + SomeHours),
            _ => (minute, minute),
        };
        var start = lead.Match is { } m && lead.Kind != Lead.At ? m.Index : match.Index;
        return (start, after.Success ? after.Index + after.Length : match.Index + match.Length, new ClockTime(Math.Max(0, first), Math.Min(ClockTime.Day - 1, last), zone));
    }

    /// <summary>
    /// The first of the pack's leads that ends right before <paramref name="at"/> ("shortly before", "vers"), with its match;
    /// a null match when none does. A loop: the LINQ chain made its iterators and closures for every time read.
    /// </summary>
    private static (Lead Kind, Match? Match) LeadBefore(string text, int at, Words words)
    {
        foreach (var (kind, pattern) in words.Leads)
            if (pattern.Match(text, 0, at) is { Success: true } match) return (kind, match);
        return default;
    }

    /// <summary>Digits <c>\d</c> matched, of any script ("at ٣ pm"): int.Parse refused those and stopped the run.</summary>
    private static int Int(ReadOnlySpan<char> digits) => DecimalDigits.Int(digits);

    private enum Lead { At, Around, ShortlyBefore, ShortlyAfter, Until, From }

    /// <summary>An opening bracket right after a time: what it holds is that time elsewhere.</summary>
    [GeneratedRegex($@"\G{Space}*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracket { get; }

    /// <summary>One language's patterns, built from its pack once.</summary>
    private sealed class Words
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        private Words(LanguagePack l)
        {
            var (am, pm) = (l.Alternation("clock-am"), l.Alternation("clock-pm"));
            var ampm = $@"(?:{Space}?(?:(?<am>{am})|(?<pm>{pm})))";
            var zones = l.Alternation("clock-zones");
            var time = $@"(?<![\p{{L}}\d.,:])(?:(?<h>\d{{1,2}})(?:{Space}?(?:{l.Alternation("clock-marks")})(?:{Space}?(?<m>[0-5]\d))?|:(?<m>[0-5]\d)|(?:\.(?<m>[0-5]\d))?(?={ampm})){ampm}?"
                + $@"|(?<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?={Space}?(?:{zones})(?!\p{{L}}))|(?<noon>{l.Alternation("clock-noon")})|(?<midnight>{l.Alternation("clock-midnight")}))(?![\p{{L}}\d])";
            Time = PackRegexes.Get(l, time, Options);
            TimeAt = PackRegexes.Get(l, @"\G" + time, Options);
            Named = new PhraseSearch(l.Words("clock-noon").Concat(l.Words("clock-midnight")));
            Zone = PackRegexes.Get(l, $@"\G{Space}?(?<zone>{zones})(?!\p{{L}})", Options);
            Zones = l.Meanings("clock-zones", z => z.Length > 0, "a zone");
            Leads = [.. new (Lead Kind, string List)[]
                {
                    (Lead.ShortlyBefore, "clock-shortly-before"), (Lead.ShortlyAfter, "clock-shortly-after"), (Lead.Around, "clock-around"),
                    (Lead.Until, "clock-until"), (Lead.From, "clock-from"), (Lead.At, "clock-at"),
                }.Select(p => (p.Kind, PackRegexes.Get(l, $@"(?<![\p{{L}}]){l.WordBefore(p.List)}$", Options | RegexOptions.RightToLeft)))];
        }

        public Regex Time { get; }

        /// <summary><see cref="Time"/> read from where it is asked only.</summary>
        public Regex TimeAt { get; }

        /// <summary>The times that are words ("noon", "minuit"): a sentence may hold one.</summary>
        public PhraseSearch Named { get; }

        public Regex Zone { get; }


        public System.Collections.Frozen.FrozenDictionary<string, string> Zones { get; }

        public IReadOnlyList<(Lead Kind, Regex Pattern)> Leads { get; }

        public static Words Of(LanguagePack language) => memoOfThread.Of(language, static l => new Words(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Words> memoOfThread;
    }
}
