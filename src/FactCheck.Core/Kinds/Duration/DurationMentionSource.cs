using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Duration;

/// <summary>
/// Durations: "over five years", "sur cinq ans", "a five-year plan", "18 months", "two and a half years", "deux ans et
/// demi", "a decade", "depuis près d'une décennie". "over"/"sur" spread a figure across the period and are not a hedge;
/// "more than", "près de", "about" are. "five years ago" and "il y a cinq ans" are dates, "25 years old" an age, "quatre
/// ans plus tard" a step in time: none of them is a duration. The regex starts on the unit word; the number is read from a
/// short window behind it. The words are the source language's (its pack's <c>duration-units</c>...).
/// </summary>
public sealed class DurationMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = @"\d{1,3}(?:[.,]\d+)?";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One language's duration patterns and words, built once per pack.</summary>
    private sealed class Patterns
    {
        public Patterns(LanguagePack language)
        {
            Language = language;
            UnitOf = language.Map("duration-units", TimeUnits.Parse, "a unit of time (day, week, month, year, decade)");
            Units = PackRegexes.Get(language, 
                $@"(?<![\p{{L}}])(?<unit>{language.Alternation("duration-units")})(?![\p{{L}}])(?>(?<demi>{S}+{language.Alternation("half-after")})?)"
                + $@"(?!{language.Alternation("duration-not-joined")}|{S}+{language.Alternation("duration-not-after")}(?![\p{{L}}]))",
                Options);
            var count = NumberText.CountWordPattern(language);
            NumberBehind = PackRegexes.Get(language, 
                $@"(?<![\p{{L}}\d.,])(?:(?<n1>{Num}|{count}){S}+(?:{language.Alternation("range-to")}|{language.Alternation("range-or")}|-|–){S}+)?(?<num>{Num}|{count}|{language.Alternation("duration-articles")})(?<half>{S}+{language.Alternation("and-a-half")})?(?:{S}+|-)$",
                Options | RegexOptions.RightToLeft);
            DurationWordBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("duration-words-before")}{S}*$", Options | RegexOptions.RightToLeft);
            SpreadBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("spread-words")}{S}+$", Options | RegexOptions.RightToLeft);
            DateBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("before-past-point")}{S}+$", Options | RegexOptions.RightToLeft);
            Articles = language.Set("duration-articles");
            Cues = SearchValues.Create([.. language.Words("duration-cues")], StringComparison.OrdinalIgnoreCase);
            var units = language.Words("duration-units");
            UnitWords = units.All(u => u.Length > 0 && char.IsLetter(u[0])) ? new WordsAhead(units, ignoreCase: true) : null;
            var numbers = language.Words("count-words").Concat(language.Words("duration-articles")).Concat(language.Words("and-a-half")).ToList();
            NumberEnds = numbers.All(w => w.Length > 0 && char.IsLetter(w[^1])) ? numbers.Select(LastRun).ToFrozenSet(StringComparer.OrdinalIgnoreCase) : null;
        }

        public static Patterns Of(LanguagePack language) => memoOfThread.Of(language, static l => new Patterns(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Patterns> memoOfThread;

        public LanguagePack Language { get; }

        /// <summary>What each unit word counts: "ans" years, "décennie" decades.</summary>
        public FrozenDictionary<string, TimeUnit> UnitOf { get; }

        /// <summary>A unit word that is a length of time, not "years old", "years ago" nor "ans plus tard".</summary>
        public Regex Units { get; }

        /// <summary>The number before a unit: "five", "5", "a", "three to five", "two and a half".</summary>
        public Regex NumberBehind { get; }

        /// <summary>Words before "a year"/"un an" that make it a length of time rather than a rate ("$5bn a year", "par an").</summary>
        public Regex DurationWordBehind { get; }

        /// <summary>"over", "sur": the figure is spread over the period, not hedged.</summary>
        public Regex SpreadBehind { get; }

        /// <summary>"il y a cinq ans": a date, not a length of time.</summary>
        public Regex DateBehind { get; }

        public FrozenSet<string> Articles { get; }

        /// <summary>Pieces of the unit words, for a search before any regex runs.</summary>
        public SearchValues<string> Cues { get; }

        /// <summary>The unit words' starts, where a match of <see cref="Units"/> may start; null when one starts with no letter (then any place may).</summary>
        public WordsAhead? UnitWords { get; }

        /// <summary>
        /// The last runs of letters of the words <see cref="NumberBehind"/> may end with ("five", "a", "half" of "and a half"),
        /// when it ends with digits otherwise; null when one ends with no letter (then the regex decides alone).
        /// </summary>
        public FrozenSet<string>? NumberEnds { get; }

        private static string LastRun(string word)
        {
            var start = word.Length;
            while (start > 0 && char.IsLetter(word[start - 1])) start--;
            return word[start..];
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var patterns = Patterns.Of(sentence.Source.Language);
        if (text.AsSpan().IndexOfAny(patterns.Cues) < 0) return [];
        List<Mention>? found = null;
        for (var unit = NextUnit(text, 0, patterns); unit is { } at; unit = NextUnit(text, at.Index + at.Length, patterns))
        {
            // "Télé 7 Jours", "20 Minutes", "28 Days Later": a unit in capitals (not a headline's) is part of a name.
            if (at.Length > 1 && char.IsUpper(text[at.Index]) && char.IsLower(text[at.Index + 1])) continue;
            // "last year", "the day", "decades of": most units have no number before them, and its regex is not run there.
            if (patterns.NumberEnds is { } numberEnds && !MayFollowNumber(text, at.Index, numberEnds)) continue;
            var from = Math.Max(0, at.Index - 40);
            var number = patterns.NumberBehind.Match(text, from, at.Index - from);
            // "decades of", "la décennie" name no length. The unit's groups are read only then: its match again from where it
            // starts, the same match (the first from there, tried there first).
            if (number.Success) Add(sentence, number, patterns.Units.Match(text, at.Index), patterns, found ??= []);
        }
        if (found is null) return [];
        return found;
    }

    /// <summary>
    /// Where the first match of <see cref="Patterns.Units"/> from <paramref name="at"/> on is, or null. A unit word is a whole
    /// run of letters: the regex is run from the first run that may start one ("Monday", "today" and "holiday" hold a cue but
    /// none). Its bounds alone, without a Match: most units have no number before them, and their matches were 5.8 MB over the
    /// bench corpus.
    /// </summary>
    private static (int Index, int Length)? NextUnit(string text, int at, Patterns patterns)
    {
        if (patterns.UnitWords is not { } unitWords) return FirstUnit(text, at, patterns);
        foreach (var (start, _) in SentenceRuns.Of(text))
            if (start >= at && unitWords.MayStart(text, start)) return FirstUnit(text, start, patterns);
        return null;
    }

    private static (int Index, int Length)? FirstUnit(string text, int from, Patterns patterns)
    {
        foreach (var match in patterns.Units.EnumerateMatches(text, from)) return (match.Index, match.Length);
        return null;
    }

    /// <summary>
    /// False when what stands before a unit at <paramref name="unitStart"/> cannot end <see cref="Patterns.NumberBehind"/>: white
    /// space or a hyphen, after a digit or a run of letters that ends a count word, an article or "and a half".
    /// </summary>
    private static bool MayFollowNumber(string text, int unitStart, FrozenSet<string> numberEnds)
    {
        var end = unitStart;
        if (end > 0 && text[end - 1] == '-') end--;
        else while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == unitStart || end == 0) return false;
        if (char.IsDigit(text[end - 1])) return true;
        var (start, ascii) = (end, true);
        while (start > 0 && char.IsLetter(text[start - 1])) ascii &= char.IsAscii(text[--start]);
        // Past ASCII the regex's case-insensitive match is left to decide (as WordsAhead does).
        return start < end && (!ascii || numberEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start)));
    }

    private static void Add(Sentence sentence, Match number, Match unitMatch, Patterns patterns, List<Mention> found)
    {
        var text = sentence.Text;
        var language = patterns.Language;
        var start = number.Index;
        var end = unitMatch.Index + unitMatch.Length;
        var numberText = number.Groups["num"].Value;
        var isArticle = patterns.Articles.Contains(numberText);
        var written = patterns.UnitOf[unitMatch.Groups["unit"].Value];
        var isDecade = written == TimeUnit.Decade;
        if (patterns.DateBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        if (isArticle && !isDecade && !patterns.DurationWordBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        var value = isArticle ? 1m : NumberText.Parse(numberText, language)?.Value ?? 0m;
        if (value <= 0) return;
        if (number.Groups["half"].Success || unitMatch.Groups["demi"].Success) value += 0.5m;
        var (unit, perUnit) = written switch
        {
            TimeUnit.Decade => (DurationUnit.Year, 10m),
            TimeUnit.Year => (DurationUnit.Year, 1m),
            TimeUnit.Month => (DurationUnit.Month, 1m),
            TimeUnit.Week => (DurationUnit.Week, 1m),
            _ => (DurationUnit.Day, 1m),
        };
        var low = value;
        if (number.Groups["n1"].Success && NumberText.Parse(number.Groups["n1"].Value, language) is var (first, _) && first < value) low = first;
        var spread = patterns.SpreadBehind.Match(text, Math.Max(0, start - 8), Math.Min(start, 8)).Success;
        var (qualifier, from) = spread || low != value ? (Qualifier.Exact, start) : FigureContext.Hedge(text, start, language);
        found.Add(new DurationMention(sentence, from, end, low * perUnit, value * perUnit, unit, qualifier));
    }
}
