using System.Buffers;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The date forms FactCheck's own rules leave to Microsoft.Recognizers.Text.DateTime: numeric dates ("02/04/2024"),
/// holidays ("Easter 2024", "Independence Day", "la Saint-Sylvestre"), days counted from today ("the day after
/// tomorrow", "avant-hier", "two weeks from now", "dans trois jours"), each language's from its pack
/// (<c>recognizer-date-cues</c>). The recognizer reads only a short window around each such cue that no own date explains:
/// it costs about a millisecond a window, against some 40 ms a kilobyte when it reads every sentence, so the long tail is
/// read at the speed of the own rules.
/// </summary>
internal static class DateCues
{
    /// <summary>Characters of context on each side of a cue: enough for "Easter Monday 2024" or "le lundi 02/04/2024".</summary>
    private const int Reach = 40;

    /// <summary>
    /// One language's cues: a regex tried where a search found a cue's first fixed words, in plain ASCII (a vectorized search
    /// for them costs little; most sentences hold no cue and cost only that search). Holidays whose day the own rules know
    /// (Christmas, Noël) are no cues, but "Christmas Eve" is; "Easter" and the feasts after it move from year to year, and
    /// only the recognizer computes them.
    /// </summary>
    private sealed class Cues
    {
        public Cues(LanguagePack language)
        {
            var phrases = language.Words("recognizer-date-cues");
            var few = $@"(?:\d{{1,3}}|{language.Alternation("few-words")})";
            // "{n}" in a cue stands for a small count: digits or one of the pack's few-words.
            var alternatives = phrases.Select(p => LanguagePack.AlternationOf([p]).Replace(@"\{n}", "\u0001", StringComparison.Ordinal).Replace("{n}", "\u0001", StringComparison.Ordinal))
                .Select(p => p.Replace("\u0001", few, StringComparison.Ordinal));
            Regex = PackRegexes.Get(language, @"\G(?:[0-3]?\d/[01]?\d/(?:\d{4}|\d\d)(?![\d/])|" + string.Join('|', alternatives) + @")(?![\p{L}\d])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            Keys = [.. phrases.Select(Key).Distinct()];
            var words = Keys.Select(k => k.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var searchValues = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
            Search = words.Length == 0 ? _ => -1 : span => span.IndexOfAny(searchValues);
            RefusesAmbiguous = language.Set("traits").Contains("ambiguous-numeric-dates");
        }

        public static Cues Of(LanguagePack language) => memoOfThread.Of(language, static l => new Cues(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Cues> memoOfThread;

        /// <summary>A cue, tried only where <see cref="Search"/> found its fixed words, or at the digits before a slash.</summary>
        public Regex Regex { get; }

        /// <summary>The fixed ASCII words each cue holds, and how far into the cue they stand ("s-demain" is 4 into "après-demain").</summary>
        public (string Key, int Offset)[] Keys { get; }

        public Func<ReadOnlySpan<char>, int> Search { get; }

        /// <summary>"04/02/2024" is read one way by the recognizer and another by the press: such a date is refused.</summary>
        public bool RefusesAmbiguous { get; }
    }

    /// <summary>
    /// The longest run of plain ASCII letters, spaces and hyphens a cue starts with before any number it holds: what the search
    /// looks for ("dans " for "dans {n} jours", "new year" for "new year's day"), and where in the cue it stands.
    /// </summary>
    private static (string Key, int Offset) Key(string phrase)
    {
        var slot = phrase.IndexOf("{n}", StringComparison.Ordinal);
        var fixedPart = slot < 0 ? phrase : phrase[..slot];
        (string Key, int Offset) best = ("", 0);
        var start = 0;
        for (var i = 0; i <= fixedPart.Length; i++)
        {
            if (i < fixedPart.Length && (char.IsAsciiLetter(fixedPart[i]) || fixedPart[i] is ' ' or '-')) continue;
            if (i - start > best.Key.Length) best = (fixedPart[start..i], start);
            start = i + 1;
        }
        return best;
    }

    /// <summary>The cues of <paramref name="text"/> that the own dates <paramref name="own"/> do not cover whole, in order.</summary>
    public static List<(int Start, int End)> Unexplained(string text, IReadOnlyList<DateMention> own, LanguagePack language)
    {
        var cues = Cues.Of(language);
        // Made at the first cue: most sentences hold none, and share one empty list that nothing adds to.
        List<(int Start, int End)>? found = null;
        // Two vectorized searches (one over both the words and the slash runs several times slower): most sentences hold no
        // cue and cost only these scans.
        Scan(text, cues, cues.Search, own, ref found);
        Scan(text, cues, SlashSearch, own, ref found);
        if (found is null) return NoCue;
        // Not worth a window: the recognizer's reading of it would be refused. A loop, not RemoveAll with a lambda over the
        // text: its closure and delegate were made for every sentence, cue or not (some 50 MB over a 30 MB text).
        if (cues.RefusesAmbiguous)
            for (var k = found.Count - 1; k >= 0; k--)
                if (AmbiguousNumericDate(text.AsSpan(found[k].Start, found[k].End - found[k].Start))) found.RemoveAt(k);
        if (found.Count > 1) found.Sort();
        return found;
    }

    /// <summary>True when <paramref name="language"/> refuses numeric dates whose day could be its month.</summary>
    public static bool RefusesAmbiguousNumericDates(LanguagePack language) => Cues.Of(language).RefusesAmbiguous;

    private static readonly Func<ReadOnlySpan<char>, int> SlashSearch = span => span.IndexOf('/');

    /// <summary>What <see cref="Unexplained"/> returns for a sentence without a cue: never added to.</summary>
    private static readonly List<(int Start, int End)> NoCue = [];

    private static void Scan(string text, Cues cues, Func<ReadOnlySpan<char>, int> search, IReadOnlyList<DateMention> own, ref List<(int Start, int End)>? found)
    {
        var at = 0;
        while (at < text.Length)
        {
            var hit = search(text.AsSpan(at));
            if (hit < 0) return;
            hit += at;
            at = hit + 1;
            if (CueAt(text, hit, cues) is not var (start, end)) continue;
            at = end;
            if (!Covered(own, start, end)) (found ??= []).Add((start, end));
        }
    }

    private static bool Covered(IReadOnlyList<DateMention> own, int start, int end)
    {
        for (var k = 0; k < own.Count; k++)
            if (own[k].Start <= start && end <= own[k].End) return true;
        return false;
    }

    /// <summary>The cue found at <paramref name="hit"/>, checked by the anchored cue regex.</summary>
    private static (int Start, int End)? CueAt(string text, int hit, Cues cues)
    {
        if (text[hit] == '/')
        {
            // The slash of "02/04/2024": the cue starts at the day's digits.
            var start = hit;
            while (start > 0 && hit - start < 2 && char.IsAsciiDigit(text[start - 1])) start--;
            return start == hit ? null : Match(text, start, cues);
        }
        foreach (var (key, offset) in cues.Keys)
            if (hit >= offset && text.AsSpan(hit).StartsWith(key, StringComparison.OrdinalIgnoreCase) && Match(text, hit - offset, cues) is { } cue) return cue;
        return null;
    }

    private static (int Start, int End)? Match(string text, int start, Cues cues)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '/')) return null;
        var match = cues.Regex.Match(text, start);
        return match.Success ? (start, start + match.Length) : null;
    }

    /// <summary>A window of <see cref="Reach"/> characters each side of every cue, widened to whole words; windows that meet merge.</summary>
    public static List<(int From, int To)> Windows(string text, List<(int Start, int End)> cues)
    {
        var windows = new List<(int From, int To)>();
        foreach (var (start, end) in cues) RecognizerWindows.Add(windows, text, start, end, Reach, Reach);
        return windows;
    }

    /// <summary>
    /// "04/02/2024" is 2 April to the en-US recognizer and 4 February to a British newspaper: an English numeric date is read
    /// only when its day cannot be its month ("25/12/2024", "12/25/2024") or both are one number. French writes the day first.
    /// </summary>
    public static bool AmbiguousNumericDate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf('/');
        var second = first < 0 ? -1 : text[(first + 1)..].IndexOf('/');
        if (second < 0) return false;
        var start = first;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        return int.TryParse(text[start..first], out var a) && int.TryParse(text.Slice(first + 1, second), out var b) && a <= 12 && b <= 12 && a != b;
    }
}
