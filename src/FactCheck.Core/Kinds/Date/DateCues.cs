using System.Buffers;
using System.Text.RegularExpressions;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The date forms FactCheck's own rules leave to Microsoft.Recognizers.Text.DateTime: numeric dates ("02/04/2024"),
/// holidays ("Easter 2024", "Independence Day", "la Saint-Sylvestre"), days counted from today ("the day after
/// tomorrow", "avant-hier", "two weeks from now", "dans trois jours"). The recognizer reads only a short window around
/// each such cue that no own date explains: it costs about a millisecond a window, against some 40 ms a kilobyte when it
/// reads every sentence, so the long tail is read at the speed of the own rules.
/// </summary>
internal static partial class DateCues
{
    /// <summary>Characters of context on each side of a cue: enough for "Easter Monday 2024" or "le lundi 02/04/2024".</summary>
    private const int Reach = 40;

    /// <summary>The cues of <paramref name="text"/> that the own dates <paramref name="own"/> do not cover whole, in order.</summary>
    public static List<(int Start, int End)> Unexplained(string text, List<DateMention> own, string language)
    {
        var cues = new List<(int Start, int End)>();
        // Two vectorized searches (one over both the words and the slash runs several times slower): most sentences hold no
        // cue and cost only these scans.
        Scan(text, language == "fr" ? FrenchSearch : EnglishSearch, own, cues);
        Scan(text, SlashSearch, own, cues);
        // Not worth a window: the recognizer's reading of it would be refused.
        if (language == "en") cues.RemoveAll(c => AmbiguousNumericDate(text.AsSpan(c.Start, c.End - c.Start)));
        if (cues.Count > 1) cues.Sort();
        return cues;
    }

    private delegate int Search(ReadOnlySpan<char> text);

    private static void Scan(string text, Search search, List<DateMention> own, List<(int Start, int End)> cues)
    {
        var at = 0;
        while (at < text.Length)
        {
            var hit = search(text.AsSpan(at));
            if (hit < 0) return;
            hit += at;
            at = hit + 1;
            if (CueAt(text, hit) is not var (start, end)) continue;
            at = end;
            if (!own.Exists(m => m.Start <= start && end <= m.End)) cues.Add((start, end));
        }
    }

    /// <summary>The cue found at <paramref name="hit"/>, checked by the anchored <see cref="Cue"/> regex.</summary>
    private static (int Start, int End)? CueAt(string text, int hit)
    {
        var start = hit;
        if (text[hit] == '/')
        {
            // The slash of "02/04/2024": the cue starts at the day's digits.
            while (start > 0 && hit - start < 2 && char.IsAsciiDigit(text[start - 1])) start--;
            if (start == hit) return null;
        }
        else if (text[hit] == '-')
        {
            // "-demain" is how the search finds "après-demain".
            start = Math.Max(0, hit - 5);
        }
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '/')) return null;
        var match = Cue().Match(text, start);
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

    private const string S = @"[\s\u00A0\u202F]+";
    private const string Few = @"(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze)";

    /// <summary>
    /// The fixed words the cues start with, in plain ASCII, for the forms each language's recognizer places. Holidays whose
    /// day the own rules know (Christmas, Noël, Toussaint, Halloween) are not cues, but "Christmas Eve" is; "Easter" and the
    /// feasts that follow it move from year to year, and only the recognizer computes them. The French recognizer reads no
    /// moving feast ("Pâques" comes back without a value) nor the English holidays French text quotes ("Labor Day").
    /// </summary>
    private static readonly SearchValues<string> EnglishWords = SearchValues.Create(
        ["day after tomorrow", "day before yesterday", "from now", "fortnight", "easter", "good friday", "thanksgiving", "memorial day",
         "independence day", "labor day", "labour day", "veterans day", "new year", "christmas eve"],
        StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc cref="EnglishWords"/>
    private static readonly SearchValues<string> FrenchWords = SearchValues.Create(
        ["-demain", "avant-hier", "dans ", "saint-sylvestre", "nouvel an"], StringComparison.OrdinalIgnoreCase);

    // Built once: a lambda capturing the word set would be a new object for every sentence.
    private static readonly Search EnglishSearch = span => span.IndexOfAny(EnglishWords);
    private static readonly Search FrenchSearch = span => span.IndexOfAny(FrenchWords);
    private static readonly Search SlashSearch = span => span.IndexOf('/');

    /// <summary>A cue, tried only where <see cref="EnglishWords"/> or <see cref="FrenchWords"/> found its first word, or at the digits before a slash.</summary>
    [GeneratedRegex(
        @"\G(?:"
        + @"[0-3]?\d/[01]?\d/(?:\d{4}|\d\d)(?![\d/])"
        + $@"|day{S}(?:after{S}tomorrow|before{S}yesterday)|après-demain|avant-hier|from{S}now|fortnights?"
        + $@"|dans{S}{Few}{S}(?:jours|semaines|mois|ans|années)"
        + $@"|easter|good{S}friday|thanksgiving|memorial{S}day|independence{S}day|labou?r{S}day|veterans{S}day"
        + $@"|new{S}year['’]s{S}(?:day|eve)|christmas{S}eve"
        + $@"|saint-sylvestre|nouvel{S}an"
        + @")(?![\p{L}\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Cue();
}
