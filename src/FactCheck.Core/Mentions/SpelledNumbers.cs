using System.Collections.Frozen;
using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// Reads numbers written in words as a language's pack spells them: "twenty-one", "one hundred and thirty-five",
/// "two dozen", "a quarter of a million", "quarante-deux", "soixante-dix-huit", "quatre-vingt-dix", "deux cent mille".
/// Words come from the pack's <c>numbers</c> (values, and phrases such as "half a"), <c>number-multipliers</c> ("hundred",
/// "cents", "dozen": they multiply what stands before them), <c>number-joiners</c> ("and", "et": between two number
/// words) and the spelled scales ("thousand", "million", "mille"). Built once per pack.
/// </summary>
internal sealed class SpelledNumbers
{
    private const int LongestPhrase = 4;
    private const int MostWords = 12;

    private readonly FrozenDictionary<string, decimal> numbers;
    private readonly FrozenSet<string> multipliers, joiners, articles, firstWords, phraseFirstWords, phraseSecondWords;
    private readonly FrozenDictionary<string, decimal> scales;
    private readonly int longestEntry;

    private SpelledNumbers(LanguagePack language)
    {
        numbers = language.Numbers;
        multipliers = language.Set("number-multipliers");
        joiners = language.Set("number-joiners");
        articles = language.Set("duration-articles");
        scales = language.Words("spelled-scales").Where(language.Scales.ContainsKey)
            .ToFrozenDictionary(s => s, s => language.Scales[s], StringComparer.OrdinalIgnoreCase);
        firstWords = numbers.Keys.Select(k => k.Split(' ', '-')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        phraseFirstWords = numbers.Keys.Where(k => k.Contains(' ') || k.Contains('-')).Select(k => k.Split(' ', '-')[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        phraseSecondWords = numbers.Keys.Where(k => k.Contains(' ') || k.Contains('-')).Select(k => k.Split(' ', '-')[1])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        longestEntry = numbers.Keys.Max(k => k.Length);
    }

    /// <summary>The spelled numbers of <paramref name="language"/>.</summary>
    public static SpelledNumbers Of(LanguagePack language) => memoOfThread.Of(language, static l => new SpelledNumbers(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<SpelledNumbers> memoOfThread;

    /// <summary>True when <paramref name="word"/> may start a spelled number ("twenty", "a", "quatre").</summary>
    public bool Starts(ReadOnlySpan<char> word) => firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// The number spelled from <paramref name="start"/> (the first letter of a word), or null when none starts there. A lone
    /// article ("a", "un") is a number only before a multiplier or a scale ("a dozen", "un million").
    /// </summary>
    public SpelledNumber? Read(string text, int start)
    {
        // Read on one thread at a time, never re-entered: one list of words per thread, instead of a new one before every "a" and "un".
        var words = reusedWords ??= new NumberWords();
        words.Reset(text, start);
        var multipliers = this.multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
        var joiners = this.joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var numbers = this.numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var scales = this.scales.GetAlternateLookup<ReadOnlySpan<char>>();
        decimal total = 0, group = 0, last = 0, precision = 1;
        var (taken, end, scaled) = (0, start, false);
        while (words.Has(taken))
        {
            var word = Word(text, words[taken]);
            var length = 1;
            if (taken > 0 && multipliers.Contains(word) && last > 0)
            {
                // "deux cents", "mille deux cents": the multiplier takes the word before it, not the whole number.
                var multiplied = last * (numbers.TryGetValue(word, out var times) ? times : 1);
                (group, last) = (group - last + multiplied, multiplied);
            }
            else if (taken > 0 && scales.TryGetValue(word, out var scale)) (total, group, last, precision, scaled) = (total + ((group == 0 ? 1 : group) * scale), 0, 0, scale, true);
            else if (Phrase(text, words, taken) is var (phraseLength, value) && phraseLength > 0 && Adds(last, value)) (group, last, length) = (group + value, value, phraseLength);
            else if (taken > 0 && joiners.Contains(word) && words.Has(taken + 1) && numbers.TryGetValue(Word(text, words[taken + 1]), out var next) && Adds(last, next) && last >= 20) { }
            else break;
            taken += length;
            end = words[taken - 1].End;
        }
        if (taken == 0 || (taken == 1 && articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, words[0])))) return null;
        return new SpelledNumber(end, total + group, scaled ? precision : 1, taken);
    }

    [ThreadStatic]
    private static NumberWords? reusedWords;

    /// <summary>
    /// True when a word of <paramref name="value"/> continues a number whose last word was <paramref name="last"/>: "twenty" and
    /// "one", "soixante" and "dix", "cent" and "deux" do; "deux" and "trois" ("deux et trois", "deux, trois") are two numbers.
    /// </summary>
    private static bool Adds(decimal last, decimal value) => last == 0 || (value < last && last % 10 == 0 && (last >= 100 || value < 10 || last == 60 || last == 80));

    /// <summary>The longest entry of <c>numbers</c> written from word <paramref name="at"/> ("a quarter of a", "quatre-vingt").</summary>
    private (int Length, decimal Value) Phrase(string text, NumberWords words, int at)
    {
        var first = text.AsSpan(words[at].Start, words[at].End - words[at].Start);
        // Most words start no phrase of several words, and most that may ("a") are not followed by a phrase's second word
        // ("a new"): only those that are are joined with the words after them and looked up.
        if (phraseFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first) && words.Has(at + 1)
            && phraseSecondWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, words[at + 1])))
        {
            // The phrase is joined in a buffer and looked up by its span, with spaces and then with hyphens: no string a try.
            // A phrase longer than the longest entry is none of them.
            var numbers = this.numbers.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> key = stackalloc char[longestEntry];
            for (var length = words.Has(at + LongestPhrase - 1) ? LongestPhrase : words.Count - at; length >= 2; length--)
            {
                var size = length - 1; // the spaces between the words
                for (var i = at; i < at + length; i++) size += words[i].End - words[i].Start;
                if (size > key.Length) continue;
                size = 0;
                for (var i = at; i < at + length; i++)
                {
                    if (i > at) key[size++] = ' ';
                    Word(text, words[i]).CopyTo(key[size..]);
                    size += words[i].End - words[i].Start;
                }
                if (numbers.TryGetValue(key[..size], out var value)) return (length, value);
                key[..size].Replace(' ', '-');
                if (numbers.TryGetValue(key[..size], out value)) return (length, value);
            }
        }
        return this.numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var single) ? (1, single) : (0, 0);
    }

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    /// <summary>
    /// The words from a start that may belong to one spelled number, each followed by one hyphen or a little white space,
    /// read as far as they are asked for: most numbers end at their first word, and reading the twelve a number may hold
    /// before every "a" and "un" was most of the cost.
    /// </summary>
    private sealed class NumberWords
    {
        private readonly List<(int Start, int End)> words = new(4);
        private string text = "";
        private int at;
        private bool done;

        /// <summary>Starts over on the words of <paramref name="text"/> from <paramref name="start"/>.</summary>
        public void Reset(string text, int start)
        {
            this.text = text;
            at = start;
            done = false;
            words.Clear();
        }

        public int Count => words.Count;

        public (int Start, int End) this[int index] => words[index];

        /// <summary>True when there is a word at <paramref name="index"/>; reads the words up to it.</summary>
        public bool Has(int index)
        {
            while (words.Count <= index && !done) ReadNext();
            return words.Count > index;
        }

        private void ReadNext()
        {
            if (words.Count >= MostWords || at >= text.Length || !char.IsLetter(text[at]))
            {
                done = true;
                return;
            }
            var end = at;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            words.Add((at, end));
            var next = end;
            if (next < text.Length && text[next] == '-') next++;
            else while (next < text.Length && next - end < 3 && char.IsWhiteSpace(text[next])) next++;
            if (next == end) done = true;
            at = next;
        }
    }
}

/// <summary>A number read from words: where it ends, its value, the value of its last step ("deux millions": 10^6) and how many words it took.</summary>
internal readonly record struct SpelledNumber(int End, decimal Value, decimal Precision, int Words);
