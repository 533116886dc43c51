using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// Money mentions: FactCheck's own rules first (fast, and right about news abbreviations), then
/// Microsoft.Recognizers.Text for what they leave unexplained (word numbers, the long tail of currency names).
/// </summary>
public sealed partial class MoneyMentionSource : IMentionSource
{
    /// <summary>Room before a figure for the longest hedge ("un peu plus de", "somewhere in the region of").</summary>
    private const int QualifierReach = 60;

    // A figure stands before its currency word ("five hundred rupees") or just after a code ("INR 500"): room for both.
    private const int WindowBefore = 60;
    private const int WindowAfter = 30;

    private readonly RecognizerScope scope;

    /// <summary>A money source that calls the recognizer where <paramref name="scope"/> says.</summary>
    public MoneyMentionSource(RecognizerScope scope = RecognizerScope.Unexplained) => this.scope = scope;

    /// <summary>The words of one language that this source reads around a currency, built once per pack.</summary>
    private sealed class Words(LanguagePack language)
    {
        public static Words Of(LanguagePack language) => memoOfThread.Of(language, static l => new Words(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Words> memoOfThread;

        public LanguagePack Language { get; } = language;

        /// <summary>Words that are a number beside a currency word ("five hundred rupees"): digits aside.</summary>
        public FrozenSet<string> Numbers { get; } = language.Set("currency-number-words");

        /// <summary>Small number words ("six yen", "one dollar") and the stems of scale words ("illi"): a sentence without them or a digit holds no figure.</summary>
        public FrozenSet<string> SmallNumbers { get; } = language.Set("small-number-words");

        /// <summary>The pack's scale words ("million", "milliards", "bn"): a number beside a currency only after a count.</summary>
        public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Scales { get; } = language.Scales.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The pack's number words ("a", "one", "douze", "mille"): a count before a scale word.</summary>
        public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> CountWords { get; } = language.Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

        public SearchValues<string> NumberStems { get; } = SearchValues.Create([.. language.Words("number-stems")], StringComparison.OrdinalIgnoreCase);

        /// <summary>Words between a number and its currency that do not count as words ("milliards de roupies").</summary>
        public FrozenSet<string> Skipped { get; } = language.Set("currency-skip", ignoreCase: false);

        /// <summary>
        /// Every head word of the recognizer's currency names in this language ("rupees", "yen"): what it can read at all.
        /// One of four letters or more is a cue by itself; a shorter one ("won", "sol", "lek": mostly other words in news
        /// text) only where the own rules know it too ("yen").
        /// </summary>
        public FrozenSet<string> Vocabulary { get; } = RecognizersTextSource.VocabularyOf(language);

        public CurrencyLexicon Currencies { get; } = CurrencyLexicon.Of(language);

        /// <summary>
        /// The shapes of <see cref="Vocabulary"/> (case ignored), last letters too: a word of none of them is no cue. On first
        /// letters and lengths alone most runs went on to the case-ignoring look-up (0.32 % of a check's samples, perf of 733730c).
        /// </summary>
        public WordShapes CurrencyShapes { get; } = new(RecognizersTextSource.VocabularyOf(language), ignoreCase: true, lastLetters: true);

        /// <summary>The shapes of the own rules' currency names (<see cref="CurrencyLexicon.Names"/>).</summary>
        public WordShapes NameShapes { get; } = new(CurrencyLexicon.Of(language).Names, ignoreCase: true);

        public WordShapes SmallNumberShapes { get; } = new(language.Set("small-number-words"), language.Set("small-number-words").Comparer);

        public Qualifiers Hedges { get; } = Qualifiers.Of(language);

        /// <summary>A hedge at the end of what stands before a figure the recognizer read (rare; source-generated for the shipped packs with the others).</summary>
        public Regex QualifierBefore { get; } = PackRegexes.Get(language, $@"(?<qual>{Qualifiers.Of(language).Pattern})[\s\u00A0]*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var words = Words.Of(sentence.Source.Language);
        var own = MoneyScanner.Of(words.Language).Find(sentence);
        // A restatement ("(£79.5bn)") lives inside its figure, but its words are read all the same.
        var taken = own.Exists(m => m.Restatement is not null) ? [.. own, .. own.Where(m => m.Restatement is not null).Select(m => m.Restatement!)] : own;
        var windows = scope == RecognizerScope.Everywhere ? [(0, text.Length)] : UnexplainedWindows(text, taken, words);
        if (windows.Count == 0) return own;

        var all = new List<MoneyMention>(own);
        foreach (var (from, to) in windows)
        {
            foreach (var (start, end, value, currency) in RecognizersTextSource.Recognize(text[from..to], words.Language)
                         .Select(r => (r.Start + from, r.End + from, r.Value, r.Currency)))
            {
                if (taken.Exists(m => m.Start < end && start < m.End)) continue; // the own rules read this figure already, and read scales better
                var lookBack = Math.Max(0, start - QualifierReach); // not the whole sentence before each figure: that was quadratic
                var before = words.QualifierBefore.Match(text, lookBack, start - lookBack);
                var qualifier = before.Success ? words.Hedges.Parse(before.Groups["qual"].Value) : Qualifier.Exact;
                all.Add(new MoneyMention(sentence, start, end, value, value, UnitOf(text[start..end], value, words.Language), currency, qualifier));
            }
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    [ThreadStatic]
    private static List<(int From, int To)>? reusedWindows;

    /// <summary>
    /// Stretches of the sentence around each currency word or symbol that no own figure explains, holding a number:
    /// the only places where the recognizer could find a figure the own rules did not. Overlapping stretches merge.
    /// </summary>
    private static List<(int From, int To)> UnexplainedWindows(string text, List<MoneyMention> taken, Words words)
    {
        // One list per thread, emptied for each sentence: it lives only through the sentence's Find, and most sentences have no window.
        var windows = reusedWindows ??= [];
        windows.Clear();
        if (!MayHoldANumber(text, words)) return windows;
        // The words are the runs of letters the scanner found (SentenceRuns); the symbols between them are looked for vectorized.
        var symbol = text.AsSpan().IndexOfAny(CurrencySymbols);
        foreach (var (start, end) in SentenceRuns.Of(text))
        {
            for (; symbol >= 0 && symbol < start; symbol = NextSymbol(text, symbol)) AddSymbol(text, symbol, taken, words, windows);
            if (MentionSpans.Cover(taken, start)) continue;
            var word = text.AsSpan(start, end - start);
            bool known, own;
            if (word.Length == 3 && char.IsUpper(word[0])) (known, own) = (RecognizersTextSource.Codes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word), false);
            else if (!words.CurrencyShapes.MayHold(word)) continue; // known (below) needs Vocabulary
            else if (word.Length >= 4)
            {
                // Only a word the recognizer can read ("six yen"; not "one dlr", which it does not know). Most words that get
                // here are none, and one look-up says so.
                known = words.Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                own = known && words.Currencies.Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }
            else
            {
                // A short one ("won", "sol", "lek") counts only where the own rules know it too ("yen").
                own = words.NameShapes.MayHold(word) && words.Currencies.Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                known = own && words.Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }
            if (!known) continue;
            // A currency the own rules read beside digits ("dollars", "euros") is theirs: they read "5 dollars" wherever it is
            // money. Beside a number in words ("six yen", "douze millions de dollars") only the recognizer reads it. A
            // currency only it knows (the long tail: "kwacha", "riyals") counts beside any number, and so does a weak name
            // ("pounds"), which the own rules read only where a scale or other money shows it is money: the recognizer
            // reads "prize money of 50,000 pounds".
            var number = NumberNextTo(text, start, end, words);
            if (own ? number == NumberBeside.Words : number != NumberBeside.None) RecognizerWindows.Add(windows, text, start, end, WindowBefore, WindowAfter);
        }
        for (; symbol >= 0; symbol = NextSymbol(text, symbol)) AddSymbol(text, symbol, taken, words, windows);
        return windows;
    }

    /// <summary>"$" and the symbols past ASCII ("€", "₹"): a currency whatever the language.</summary>
    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create(
        [.. Enumerable.Range(0x80, char.MaxValue - 0x7F).Select(c => (char)c).Where(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol).Prepend('$')]);

    private static int NextSymbol(string text, int symbol) =>
        text.AsSpan(symbol + 1).IndexOfAny(CurrencySymbols) is var next and >= 0 ? symbol + 1 + next : -1;

    /// <summary>The window around a currency symbol no own figure explains, with a number beside it.</summary>
    private static void AddSymbol(string text, int symbol, List<MoneyMention> taken, Words words, List<(int From, int To)> windows)
    {
        if (!MentionSpans.Cover(taken, symbol) && NumberNextTo(text, symbol, symbol + 1, words) != NumberBeside.None)
            RecognizerWindows.Add(windows, text, symbol, symbol + 1, WindowBefore, WindowAfter);
    }

    /// <summary>
    /// A digit, the stem of a scale word, or a small number word ("six yen", "one dollar"). "un"/"une"/"a" are left out:
    /// they stand in nearly every sentence, and "un milliard" is found by its scale word.
    /// </summary>
    private static bool MayHoldANumber(string text, Words words)
    {
        if (text.AsSpan().IndexOfAny(AsciiDigits.All) >= 0 || text.AsSpan().IndexOfAny(words.NumberStems) >= 0) return true;
        var small = words.SmallNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in SentenceRuns.Of(text))
            if (words.SmallNumberShapes.MayHold(text.AsSpan(start, end - start)) && small.Contains(text.AsSpan(start, end - start))) return true;
        return false;
    }

    /// <summary>What stands beside a currency word: no number, a number in words only ("douze millions de"), or digits.</summary>
    private enum NumberBeside
    {
        None,
        Words,
        Digits,
    }

    /// <summary>
    /// The recognizer reads a currency only beside its number: "five hundred million rupees", "300 milliards de roupies",
    /// "INR 500". So a currency word counts when one of the three words before it (not counting "de"/"of") or the word
    /// after it is a number; "the dollar fell to 1.85" sends nothing to the recognizer. Digits among those words make
    /// the number one written in digits ("1,000 billion yen").
    /// </summary>
    private static NumberBeside NumberNextTo(string text, int start, int end, Words words)
    {
        var skipped = words.Skipped.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = NumberBeside.None;
        var i = start;
        for (var count = 0; count < 3; count++)
        {
            while (i > 0 && !char.IsLetterOrDigit(text[i - 1])) i--;
            var wordEnd = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')) i--;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.IsEmpty) break;
            var number = NumberIn(word, words);
            found = Max(found, number == NumberBeside.Words && IsUncountedScale(text, i, word, words) ? NumberBeside.None : number);
            if (skipped.Contains(word)) count--;
        }
        var next = end;
        while (next < text.Length && !char.IsLetterOrDigit(text[next])) next++;
        var nextEnd = next;
        while (nextEnd < text.Length && (char.IsLetterOrDigit(text[nextEnd]) || text[nextEnd] is '.' or ',')) nextEnd++;
        return Max(found, NumberIn(text.AsSpan(next, nextEnd - next), words));
    }

    private static NumberBeside Max(NumberBeside a, NumberBeside b) => a > b ? a : b;

    /// <summary>
    /// A scale word with no count before it ("millions of dollars", "billion-dollar", "Million Dollar Baby", "des milliards
    /// de dollars"): the recognizer reads a scale only after a count ("a hundred million dollars", "douze millions de
    /// dollars"), so such a word is no number for it. Over the bench corpus the recognizer read 322 windows and kept
    /// 32 readings; the 129 windows whose only number was such a word returned none (nor did those forms tried in both
    /// languages: "tens of millions of dollars", "million rupees", "des millions de roupies"), and leaving them out keeps
    /// every report byte-identical. A scale that is also a number word ("mille", "hundred"), or one after a number, digits
    /// or another scale ("a hundred million dollars", "mille milliards"), still counts.
    /// </summary>
    private static bool IsUncountedScale(string text, int start, ReadOnlySpan<char> word, Words words)
    {
        if (!words.Scales.ContainsKey(word) || words.CountWords.ContainsKey(word)) return false;
        var end = start;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1])) end--;
        var from = end;
        while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] is '.' or ',')) from--;
        var before = text.AsSpan(from, end - from);
        return before.IsEmpty || (before.IndexOfAny(AsciiDigits.All) < 0 && !words.CountWords.ContainsKey(before) && !words.Scales.ContainsKey(before)
            && !words.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before));
    }

    private static NumberBeside NumberIn(ReadOnlySpan<char> word, Words words) =>
        word.IndexOfAny(AsciiDigits.All) >= 0 ? NumberBeside.Digits
        : words.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? NumberBeside.Words : NumberBeside.None;

    /// <summary>The digits of a figure as written, their separators inside ("1 250,5").</summary>
    [GeneratedRegex(@"\d[\d\s\u00A0.,]*\d|\d")]
    private static partial Regex WrittenDigits { get; }

    private static decimal UnitOf(string text, decimal value, LanguagePack language)
    {
        var digits = WrittenDigits.Match(text);
        // A value near the top of decimal's range over tiny written digits overflows: it is then as round as its magnitude.
        if (digits.Success && NumberText.Parse(digits.Value, language) is var (written, unit) && written != 0 && Math.Abs(value / written) <= decimal.MaxValue / Math.Max(1m, unit))
            return unit * (value / written);
        var magnitude = 1m;
        while (magnitude <= value / 10) magnitude *= 10;
        return magnitude; // "one hundred million": as round as its words
    }
}
