using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>Where the recognizer runs: only where FactCheck's own rules leave a currency word unexplained, or on every sentence.</summary>
public enum RecognizerScope
{
    /// <summary>The fast path: sentences with a figure and a currency word that the own rules did not read.</summary>
    Unexplained,
    /// <summary>Every sentence, as a naive checker would: for benchmarks and for tests that prove the fast path loses nothing.</summary>
    Everywhere,
}

/// <summary>
/// Money mentions: FactCheck's own rules first (fast, and right about news abbreviations), then
/// Microsoft.Recognizers.Text for what they leave unexplained (word numbers, the long tail of currency names).
/// </summary>
public sealed class MoneyMentionSource : IMentionSource
{
    private static readonly FrozenSet<string> NumberWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "million", "millions", "billion", "billions", "trillion", "deux", "trois",
        "quatre", "cinq", "sept", "huit", "neuf", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille",
        "milliard", "milliards", "mln", "bn", "mrd", "tn");

    private static readonly Regex QualifierBefore = new($@"(?<qual>{Qualifiers.Pattern})[\s\u00A0]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);

    /// <summary>Room before a figure for the longest hedge ("un peu plus de", "somewhere in the region of").</summary>
    private const int QualifierReach = 60;

    // A figure stands before its currency word ("five hundred rupees") or just after a code ("INR 500"): room for both.
    private const int WindowBefore = 60;
    private const int WindowAfter = 30;

    private readonly MoneyScanner scanner = MoneyScanner.Default;
    private readonly RecognizerScope scope;

    /// <summary>A money source that calls the recognizer where <paramref name="scope"/> says.</summary>
    public MoneyMentionSource(RecognizerScope scope = RecognizerScope.Unexplained) => this.scope = scope;

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var own = scanner.Find(sentence);
        // A restatement ("(£79.5bn)") lives inside its figure, but its words are read all the same.
        var taken = own.Exists(m => m.Restatement is not null) ? [.. own, .. own.Where(m => m.Restatement is not null).Select(m => m.Restatement!)] : own;
        var windows = scope == RecognizerScope.Everywhere ? [(0, text.Length)] : UnexplainedWindows(text, taken);
        if (windows.Count == 0) return own;

        var all = new List<MoneyMention>(own);
        foreach (var (from, to) in windows)
        {
            foreach (var (start, end, value, currency) in RecognizersTextSource.Recognize(text[from..to], sentence.Source.Language)
                         .Select(r => (r.Start + from, r.End + from, r.Value, r.Currency)))
            {
                if (taken.Exists(m => m.Start < end && start < m.End)) continue; // the own rules read this figure already, and read scales better
                var lookBack = Math.Max(0, start - QualifierReach); // not the whole sentence before each figure: that was quadratic
                var before = QualifierBefore.Match(text, lookBack, start - lookBack);
                var qualifier = before.Success ? Qualifiers.Parse(before.Groups["qual"].Value) : Qualifier.Exact;
                all.Add(new MoneyMention(sentence, start, end, value, value, UnitOf(text[start..end], value, sentence.Source.Language), currency, qualifier));
            }
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// Stretches of the sentence around each currency word or symbol that no own figure explains, holding a number:
    /// the only places where the recognizer could find a figure the own rules did not. Overlapping stretches merge.
    /// </summary>
    private static List<(int From, int To)> UnexplainedWindows(string text, List<MoneyMention> taken)
    {
        var windows = new List<(int From, int To)>();
        if (!MayHoldANumber(text)) return windows;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int start = i, end;
            bool currency;
            if (c == '$' || (c > '\x7F' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol))
            {
                end = ++i;
                currency = true;
            }
            else if (char.IsAsciiLetter(c) || (c > '\x7F' && char.IsLetter(c)))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                end = i;
                var word = text.AsSpan(start, end - start);
                // The own currency words count too ("six yen", "one dollar"): the own rules read them only after a digit or a scale.
                currency = word.Length == 3 && char.IsUpper(word[0])
                    ? RecognizersTextSource.Codes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    : (word.Length >= 4 && RecognizersTextSource.Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                      || CurrencyLexicon.Default.Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }
            else
            {
                i++;
                continue;
            }
            if (!currency || taken.Exists(m => m.Start <= start && start < m.End) || !NumberNextTo(text, start, end)) continue;
            RecognizerWindows.Add(windows, text, start, end, WindowBefore, WindowAfter);
        }
        return windows;
    }

    /// <summary>
    /// A digit, the stem of a scale word, or a small number word ("six yen", "one dollar"). "un"/"une"/"a" are left out:
    /// they stand in nearly every sentence, and "un milliard" is found by its scale word.
    /// </summary>
    private static bool MayHoldANumber(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        || text.Contains("illi", StringComparison.OrdinalIgnoreCase) || text.Contains("cent", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mille", StringComparison.OrdinalIgnoreCase) || text.Contains("hundred", StringComparison.OrdinalIgnoreCase)
        || text.Contains("thousand", StringComparison.OrdinalIgnoreCase) || SmallNumberWord.IsMatch(text);

    private static readonly Regex SmallNumberWord = new(
        @"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The recognizer reads a currency only beside its number: "five hundred million rupees", "300 milliards de roupies",
    /// "INR 500". So a currency word counts when one of the three words before it (not counting "de"/"of") or the word
    /// after it is a number; "the dollar fell to 1.85" sends nothing to the recognizer.
    /// </summary>
    private static bool NumberNextTo(string text, int start, int end)
    {
        var i = start;
        for (var words = 0; words < 3; words++)
        {
            while (i > 0 && !char.IsLetterOrDigit(text[i - 1])) i--;
            var wordEnd = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')) i--;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.IsEmpty) break;
            if (IsNumber(word)) return true;
            if (word is "de" or "d" or "of" or "des" or "du") words--;
        }
        var next = end;
        while (next < text.Length && !char.IsLetterOrDigit(text[next])) next++;
        var nextEnd = next;
        while (nextEnd < text.Length && (char.IsLetterOrDigit(text[nextEnd]) || text[nextEnd] is '.' or ',')) nextEnd++;
        return IsNumber(text.AsSpan(next, nextEnd - next));
    }

    private static bool IsNumber(ReadOnlySpan<char> word) =>
        word.IndexOfAnyInRange('0', '9') >= 0 || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static decimal UnitOf(string text, decimal value, string language)
    {
        var digits = Regex.Match(text, @"\d[\d\s\u00A0.,]*\d|\d");
        // A value near the top of decimal's range over tiny written digits overflows: it is then as round as its magnitude.
        if (digits.Success && NumberText.Parse(digits.Value, language) is var (written, unit) && written != 0 && Math.Abs(value / written) <= decimal.MaxValue / Math.Max(1m, unit))
            return unit * (value / written);
        var magnitude = 1m;
        while (magnitude <= value / 10) magnitude *= 10;
        return magnitude; // "one hundred million": as round as its words
    }
}
