using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Every number with what it counts or measures: "157 passengers", "1.2 million barrels a day", "1 991 mètres", "4,8
/// tonnes", "3 150 morts", "quarante-deux voitures", "une trentaine de chefs d'État" (about 30), "dozens of people", "between
/// 1,500 and 2,000 people", "a 293-million-mile journey", "40/64 inch", hedged ("nearly 200 soldiers", "plus de 20 pays"),
/// tied to a date ("20 countries this year against three in 2014"), a change of an age ("from 27 to 25 years"), and
/// figures that leave their noun unsaid ("12,500 jobs went while 7,800 moved"). Numbers in names ("Boeing 737", "Channel
/// 4", "Covid-19"), ordinals, years, times of day, durations, multipliers and figures that count nothing are not
/// quantities. The words are the source language's (its pack; see <see cref="QuantityWords"/>).
/// </summary>
public sealed class QuantityMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One language's patterns for what this source reads beyond the figures themselves, built once per pack.</summary>
    private sealed class Patterns
    {
        public Patterns(LanguagePack language)
        {
            Words = QuantityWords.Of(language);
            Figures = FigureReader.Of(language);
            Starters = SpelledStarters(language);
            StarterShapes = new WordShapes(Starters, Starters.Comparer);
            AgeChange = PackRegexes.Get(language, 
                $@"(?<![\p{{L}}]){language.Alternation("range-from")}{S}+(?<n1>\d{{1,3}}){S}+{language.Alternation("range-to")}{S}+(?<num>\d{{1,3}})(?:{S}+(?<w1>{language.Alternation("age-units")}))?(?![\p{{L}}\d])",
                Options);
            AgeBehind = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("age-words")}(?![\p{{L}}])[^,;:.]*$", Options | RegexOptions.RightToLeft);
            AgeCues = SearchValues.Create([.. language.Words("age-words")], StringComparison.OrdinalIgnoreCase);
            Months = language.Months.Keys.Concat(language.Words("month-abbreviations")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        public static Patterns Of(LanguagePack language) => memoOfThread.Of(language, static l => new Patterns(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Patterns> memoOfThread;

        public QuantityWords Words { get; }

        public FigureReader Figures { get; }

        /// <summary>The words that may start a number written in words: number words, vague and approximate numbers.</summary>
        public FrozenSet<string> Starters { get; }

        /// <summary>The shapes of <see cref="Starters"/>: most words of a sentence are not looked up.</summary>
        public WordShapes StarterShapes { get; }

        /// <summary>"from 27 to 25 years", "de 27 à 25 ans", after "age" / "âge".</summary>
        public Regex AgeChange { get; }

        public Regex AgeBehind { get; }

        public SearchValues<string> AgeCues { get; }

        /// <summary>A number before a month is a day of a date ("15 juin").</summary>
        public FrozenSet<string> Months { get; }

        private static FrozenSet<string> SpelledStarters(LanguagePack language)
        {
            var words = QuantityWords.Of(language);
            return language.Numbers.Keys.Concat(words.Vague.Keys).Concat(words.Approximate.Keys).Concat(language.Words("several-words"))
                .Select(w => w.Split(' ', '-')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var patterns = Patterns.Of(sentence.Source.Language);
        List<Reading>? readings = null;
        var ages = AgeChanges(sentence, patterns);
        var candidates = reusedCandidates ??= [];
        Candidates(text, patterns, candidates);
        foreach (var start in candidates)
        {
            if (readings is { Count: > 0 } && start < readings[^1].End || MentionSpans.Cover(ages, start)) continue;
            if (QuantityReader.Read(text, start, patterns.Words, patterns.Figures, patterns.Months) is { } reading)
                // "Eligible voters: 3,367,556" then "Valid votes: …" on the next line: a row's figure counts nothing of the next row.
                (readings ??= []).Add(reading.Measure is { Unit: null } && TableRow.EndsBetween(sentence, reading.Figure.End, reading.End)
                    ? reading with { End = reading.Figure.End, Counted = "", Measure = null } : reading);
        }
        if (readings is null && ages.Length == 0) return [];
        return Mentions(sentence, readings ?? [], ages, patterns);
    }

    /// <summary>The start of each possible figure of the sentence at hand: one list per thread, filled again for each sentence.</summary>
    [ThreadStatic]
    private static List<int>? reusedCandidates;

    /// <summary>The mentions of a sentence's readings and changes of age, in order, each with the time it is tied to.</summary>
    private static Mention[] Mentions(Sentence sentence, List<Reading> readings, QuantityMention[] ages, Patterns patterns)
    {
        var text = sentence.Text;
        var counted = ElidedNouns.Resolve(text, readings, patterns.Words);
        QuantityReader.CarryQualifiers(text, counted, patterns.Words);
        // Loops, not LINQ (iterators, a sort's keys and a closure over the sentence for every sentence with a figure); the
        // insertion sort is stable, as OrderBy was: readings first, then changes of age, each in order, on a tie.
        var all = new QuantityMention[counted.Count + ages.Length];
        for (var k = 0; k < counted.Count; k++) all[k] = Mention(sentence, counted[k], patterns.Words);
        ages.CopyTo(all, counted.Count);
        for (var k = 1; k < all.Length; k++)
        {
            var (m, j) = (all[k], k - 1);
            for (; j >= 0 && all[j].Start > m.Start; j--) all[j + 1] = all[j];
            all[j + 1] = m;
        }
        var spans = new (int Start, int End)[all.Length];
        for (var k = 0; k < all.Length; k++) spans[k] = (all[k].Start, all[k].End);
        var dates = FigureContext.DatesIn(sentence);
        var mentions = new Mention[all.Length];
        // Every mention here is new and without a time: one tied to no date is kept as it is, not copied.
        for (var k = 0; k < all.Length; k++)
            mentions[k] = FigureContext.TimeOf(sentence, all[k].Start, all[k].End, spans, dates) is { } time ? all[k] with { Time = time } : all[k];
        return mentions;
    }

    private static QuantityMention Mention(Sentence sentence, Reading reading, QuantityWords words)
    {
        var figure = reading.Figure;
        var from = Math.Max(0, reading.Start - 30);
        // "the two countries", "les trois pays" point back at countries just named: a group whose size is worth checking is larger.
        var isWhole = figure.Low >= 5 && reading.Measure!.Unit is null && words.Whole.IsMatch(sentence.Text.AsSpan(from, reading.Start - from));
        return new QuantityMention(sentence, reading.Start, reading.End, figure.Low, figure.High, figure.Spelled && figure.Scale == 1 ? 1 : figure.Precision,
            reading.Counted, reading.Qualifier, reading.Measure!, figure.Previous, IsWhole: isWhole);
    }

    /// <summary>"the age for mobilization from 27 to 25 years": a change of age, which needs "age" before it.</summary>
    private static QuantityMention[] AgeChanges(Sentence sentence, Patterns patterns)
    {
        var text = sentence.Text;
        // Two numbers and an age word: the digits are looked for first, the age words (a slower search in French, "âge") after.
        if (DecimalDigits.IndexIn(text) < 0 || text.AsSpan().IndexOfAny(patterns.AgeCues) < 0) return [];
        var found = new List<QuantityMention>();
        var language = sentence.Source.Language;
        foreach (Match match in patterns.AgeChange.Matches(text))
        {
            var from = Math.Max(0, match.Index - 40);
            if (!patterns.AgeBehind.Match(text, from, match.Index - from).Success || NumberText.Parse(match.Groups["num"].Value, language) is not var (age, _)) continue;
            var counted = match.Groups["w1"].Success ? match.Groups["w1"].Value : "";
            var unit = patterns.Words.Nouns.Singular(counted);
            found.Add(new QuantityMention(sentence, match.Index, match.Index + match.Length, age, age, 1, counted, Qualifier.Exact,
                new QuantityMeasure(unit, unit, null, null), NumberText.Parse(match.Groups["n1"].Value, language)?.Value, IsWhole: true));
        }
        return [.. found];
    }

    /// <summary>Where a number may start: a digit that does not continue a word or a number, or a word that starts a spelled number.</summary>
    private static void Candidates(string text, Patterns patterns, List<int> candidates)
    {
        candidates.Clear();
        var starters = patterns.Starters.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in SentenceRuns.Of(text))
            if ((start == 0 || text[start - 1] != '-') && patterns.StarterShapes.MayHold(text.AsSpan(start, end - start)) && starters.Contains(text.AsSpan(start, end - start)))
                candidates.Add(start);
        var words = candidates.Count;
        // The runs of digits, found by a vectorized search (most of a sentence is letters and spaces), each by its first digit.
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(AsciiDigits.All); i >= 0;)
        {
            if (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '/' or '$' or '€' or '£' or '¥' or '#'
                || (text[i - 1] == '-' && i > 1 && char.IsLetter(text[i - 2])))) candidates.Add(i);
            var past = span[i..].IndexOfAnyExcept(AsciiDigits.All);
            if (past < 0) break;
            var next = span[(i + past)..].IndexOfAny(AsciiDigits.All);
            i = next < 0 ? -1 : i + past + next;
        }
        // Words and digits in the order they stand (the readings are taken in order, each past the one before).
        if (words > 0 && candidates.Count > words) candidates.Sort();
    }
}
