using System.Buffers;
using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Counts and what they count: "32 allies", "the 32 NATO allies", "32 membres", "huit pays membres", "eight member
/// countries", "1.5 million people", hedged ("nearly 200 soldiers", "plus de 20 pays"), tied to a date ("20 countries this
/// year against three in 2014"), and a change of an age ("from 27 to 25 years"). What is counted is the plural noun after
/// the figure (a word before it, "NATO", may stand between); Binding decides what the noun names. The words are the
/// source language's (its pack's <c>count-words</c>, <c>not-counted</c>, <c>whole-before</c>...).
/// </summary>
public sealed class QuantityMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Word = @"\p{L}[\p{L}'’-]*";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One language's count patterns and words, built once per pack.</summary>
    private sealed class Patterns
    {
        public Patterns(LanguagePack language)
        {
            Language = language;
            var after = $@"(?:[\s\u00A0\u202F-]?(?<scale>{language.Alternation("spelled-scales")}(?![\p{{L}}])|{language.Alternation("count-scale-abbreviations")}))?{S}+(?<w1>{Word})(?={S}+(?<w2>{Word}))?";
            DigitCount = new Regex($@"(?<![\p{{L}}\d.,$€£¥]|[$€£¥]{S})(?<num>{NumberText.DigitPattern}){after}", Options | RegexOptions.Compiled);
            WordCount = new Regex($@"\G(?<num>{NumberText.CountWordPattern(language)}){after}", Options);
            AgeChange = new Regex(
                $@"(?<![\p{{L}}]){language.Alternation("range-from")}{S}+(?<n1>\d{{1,3}}){S}+{language.Alternation("range-to")}{S}+(?<num>\d{{1,3}})(?:{S}+(?<w1>{language.Alternation("age-units")}))?(?![\p{{L}}\d])",
                Options);
            AgeBehind = new Regex($@"(?<![\p{{L}}]){language.Alternation("age-words")}(?![\p{{L}}])[^,;:.]*$", Options | RegexOptions.RightToLeft);
            WholeBehind = new Regex(
                $@"(?:(?<![\p{{L}}]){language.Alternation("whole-before")}|\p{{L}}{language.Alternation("possessive-endings")})(?:{S}+{language.Alternation("whole-adverbs")})?{S}+$",
                Options | RegexOptions.RightToLeft);
            AgeCues = SearchValues.Create([.. language.Words("age-words")], StringComparison.OrdinalIgnoreCase);
            CountWords = language.Set("count-words");
            NotCounted = language.Set("not-counted");
            InvariantPlurals = language.Set("invariant-plurals");
            PluralEndings = language.Words("plural-endings");
            NounPairs = language.Set("traits").Contains("plural-noun-pairs");
        }

        public static Patterns Of(LanguagePack language) => language.Cached(typeof(Patterns), static l => new Patterns(l));

        public LanguagePack Language { get; }

        public Regex DigitCount { get; }

        public Regex WordCount { get; }

        /// <summary>"from 27 to 25 years", "de 27 à 25 ans".</summary>
        public Regex AgeChange { get; }

        /// <summary>"age", "âge" earlier in the clause: a change of figures is a change of age only then.</summary>
        public Regex AgeBehind { get; }

        public SearchValues<string> AgeCues { get; }

        /// <summary>What stands before a count of a whole group: a determiner, a possessive, or a verb of having.</summary>
        public Regex WholeBehind { get; }

        /// <summary>The number words that count things ("eight", "huit"): the only places the word-count regex is tried.</summary>
        public FrozenSet<string> CountWords { get; }

        /// <summary>Plural nouns that are units, not things counted (time, measures, shares, money), and words that are no noun.</summary>
        public FrozenSet<string> NotCounted { get; }

        /// <summary>Plural nouns that do not end as plurals do ("people", "pays").</summary>
        public FrozenSet<string> InvariantPlurals { get; }

        public ImmutableArray<string> PluralEndings { get; }

        /// <summary>A plural noun may be followed by a second one that qualifies it ("huit pays membres").</summary>
        public bool NounPairs { get; }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var found = new List<(int Start, int End, decimal Value, decimal Unit, string Counted, Qualifier Qualifier, decimal? Previous, bool IsWhole)>();
        var patterns = Patterns.Of(sentence.Source.Language);
        var language = patterns.Language;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            // A change of age needs "age" or "âge" before it: without one, "from"/"de" (in every French sentence) is not worth a scan.
            var mentionsAge = text.AsSpan().IndexOfAny(patterns.AgeCues) >= 0;
            foreach (Match match in mentionsAge ? patterns.AgeChange.Matches(text) : (IEnumerable<Match>)[])
            {
                var from = Math.Max(0, match.Index - 40);
                if (!patterns.AgeBehind.Match(text, from, match.Index - from).Success || NumberText.Parse(match.Groups["num"].Value, language) is not var (age, _)) continue;
                var previous = NumberText.Parse(match.Groups["n1"].Value, language)?.Value;
                found.Add((match.Index, match.Index + match.Length, age, 1, match.Groups["w1"].Success ? match.Groups["w1"].Value : "", Qualifier.Exact, previous, true));
            }
            foreach (Match match in patterns.DigitCount.Matches(text)) Read(text, match, patterns, found);
        }
        foreach (var at in CountWordsIn(text, patterns.CountWords))
            if (patterns.WordCount.Match(text, at) is { Success: true } match) Read(text, match, patterns, found);
        if (found.Count == 0) return [];
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var spans = found.Select(f => (f.Start, f.End)).ToList();
        var dates = FigureContext.DatesIn(sentence);
        return [.. found.Select(f => new QuantityMention(sentence, f.Start, f.End, f.Value, f.Value, f.Unit, f.Counted, f.Qualifier, f.Previous,
            FigureContext.TimeOf(sentence, f.Start, f.End, spans, dates), f.IsWhole))];
    }

    private static void Read(string text, Match match, Patterns patterns, List<(int, int, decimal, decimal, string, Qualifier, decimal?, bool)> found)
    {
        var language = patterns.Language;
        var (w1, w2) = (match.Groups["w1"], match.Groups["w2"]);
        // "32 allies", "huit pays membres"; "32 NATO allies", "eight member countries": one word may stand before the noun.
        var noun = IsCountedNoun(w1.Value, patterns) ? w1 : w2.Success && !patterns.NotCounted.Contains(w1.Value) && IsCountedNoun(w2.Value, patterns) ? w2 : null;
        if (noun is null) return;
        var end = noun.Index + noun.Length;
        if (noun == w1 && w2.Success && IsCountedNoun(w2.Value, patterns) && patterns.NounPairs) end = w2.Index + w2.Length; // "pays membres"
        if (found.Exists(f => f.Item1 < end && match.Index < f.Item2)) return;
        if (NumberText.Parse(match.Groups["num"].Value, language) is not var (value, written)) return;
        var unit = char.IsAsciiDigit(match.Groups["num"].Value[0]) ? written : 1m; // "eight countries" is exactly eight
        var scale = match.Groups["scale"].Success ? ScaleWords.MultiplierOf(match.Groups["scale"].Value, language) : 1m;
        if (value * scale > 1e12m || (value == Math.Floor(value) && value is >= 1900 and <= 2099 && scale == 1 && !match.Groups["num"].Value.Contains(',', StringComparison.Ordinal)))
            return; // a year before a noun ("in 2014 countries ...") is a date
        var (qualifier, start) = FigureContext.Hedge(text, match.Index, language);
        var from = Math.Max(0, start - 30);
        // "the two countries", "les trois pays" point back at countries just named: a group whose size is worth checking is larger.
        var isWhole = value * scale >= 5 && patterns.WholeBehind.IsMatch(text.AsSpan(from, start - from));
        found.Add((start, end, value * scale, unit * scale, text[w1.Index..end], qualifier, null, isWhole));
    }

    /// <summary>Where a count word starts a word ("eight", "huit"): the only places the word-count regex is tried.</summary>
    private static IEnumerable<int> CountWordsIn(string text, FrozenSet<string> countWords)
    {
        var lookup = countWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in LetterRuns.In(text))
            if ((start == 0 || text[start - 1] != '-') && lookup.Contains(text.AsSpan(start, end - start))) yield return start;
    }

    private static bool IsCountedNoun(string word, Patterns patterns)
    {
        if (word.Length < 3 || patterns.NotCounted.Contains(word) || !char.IsLower(word[0])) return false;
        if (patterns.InvariantPlurals.Contains(word)) return true;
        if (word.Length < 4) return false;
        foreach (var ending in patterns.PluralEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
