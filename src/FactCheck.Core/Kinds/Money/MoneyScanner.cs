using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// FactCheck's own money rules: the shapes news text writes and the recognizer misreads or is too slow to look for
/// everywhere ("€100bn", "$107bn", "100 MILLIARDS de dollars", "d’euros", "10 000 €", "5 Md€", "between 40 and 50 billion",
/// "40 mln Canadian dlrs", "50 cts a share"). For speed the regexes start on what every figure has, a digit (or, in
/// sentences with a scale word, a number word); the currency after it is looked up in the language's
/// <see cref="CurrencyLexicon"/>, and what may stand before it (a symbol, a hedge, the first half of a range) is read from
/// a short window behind it. Every number is kept as a <see cref="MoneyFigure"/>, money or not, so that
/// <see cref="SentenceCurrencies"/> can give a bare figure the currency of the figure before it.
/// </summary>
internal sealed partial class MoneyScanner
{
    private const string Space = @"[\s\u00A0\u202F]";
    private const string Number = NumberText.DigitPattern;
    private const int WindowBehind = 60;
    // The regexes that read behind a figure end with '$' and run right to left: every other start position fails at once.
    // All are source-generated for the built-in packs (PackRegexes).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly LanguagePack language;
    private readonly CurrencyLexicon currencies;
    private readonly Qualifiers hedges;
    private readonly FrozenSet<string> rangeTo;
    private readonly FigureWords words;

    /// <summary>Abbreviations that also mean other things ("5m" is five metres, "5k" a race): money only with a currency.</summary>
    private readonly FrozenSet<string> ambiguousScales;
    private readonly SearchValues<string> scaleWords;
    private readonly Regex digitFigure;
    private readonly Regex wordFigure;
    private readonly Regex approximateFigure;
    private readonly FrozenDictionary<string, decimal> approximateCounts;

    /// <summary>Tried before <see cref="approximateFigure"/>: few sentences hold such a noun, and English has none.</summary>
    private readonly PhraseSearch approximateSearch;
    private readonly WordsBehind rangeBehind;
    private readonly WordShapes numberShapes;

    /// <summary>A scale word of the pack holds a digit: the end of a figure's last digit may then not be its number's.</summary>
    private readonly bool scalesHoldDigits;

    /// <summary>The scanner of <paramref name="language"/>. Compiling its regexes costs far more than reading a sentence: it is built once.</summary>
    public static MoneyScanner Of(LanguagePack language) => memoOfThread.Of(language, static l => new MoneyScanner(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<MoneyScanner> memoOfThread;

    /// <summary>
    /// The number that starts a digit figure: the first way the pattern reads it, as digitFigure's optional scale never
    /// makes it read another. Its end splits a figure into number and scale without the groups of a Match.
    /// </summary>
    [GeneratedRegex($@"\G{Number}", Options)]
    private static partial Regex NumberAt { get; }

    private MoneyScanner(LanguagePack language)
    {
        this.language = language;
        currencies = CurrencyLexicon.Of(language);
        hedges = Qualifiers.Of(language);
        words = FigureWords.Of(language);
        rangeTo = language.Set("range-to");
        numberShapes = new WordShapes(language.Numbers.Keys, language.Numbers.Comparer);
        ambiguousScales = language.Set("ambiguous-scales");
        scalesHoldDigits = language.Scales.Keys.Any(k => k.Any(char.IsDigit));
        scaleWords = SearchValues.Create([.. language.Words("scales-after-number-words")], StringComparison.OrdinalIgnoreCase);
        var scales = ScaleWords.Pattern(language);
        var scale = $@"(?:[\s\u00A0\u202F-]?(?<scale>{scales}))?";
        digitFigure = PackRegexes.Get(language, $@"(?<![\d.,])(?<num>{Number}){scale}", Options);
        wordFigure = PackRegexes.Get(language, $@"(?<![\p{{L}}])(?<num>{language.Alternation("before-scale")})(?={Space}+{language.Alternation("scales-after-number-words")}){scale}", Options);
        // "une cinquantaine de milliards d'euros": a noun that counts about so many, then a scale word.
        approximateCounts = language.Map<decimal>("approximate-counts", static w => decimal.TryParse(w, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null, "a number");
        approximateSearch = new PhraseSearch(language.Words("approximate-counts"));
        approximateFigure = PackRegexes.Get(language, 
            $@"(?<![\p{{L}}])(?:{language.Alternation("before-scale")}{Space}+)?(?<approx>{language.Alternation("approximate-counts")}){Space}+{language.WordBefore("currency-of")}(?<scale>{language.Alternation("scales-after-number-words")})(?![\p{{L}}])",
            Options);
        // Most figures stand after no "and", "to" or dash: the words are tested first and the regex runs for those that do.
        rangeBehind = new WordsBehind(PackRegexes.Get(language, 
            $@"(?<![\p{{L}}\d.,])(?:(?<rangeword>{language.Alternation("range-between")}|{language.Alternation("range-from")}){Space}+)?(?:(?<pre>[^\s\u00A0\u202F\d]{{1,4}}){Space}?)?(?<n1>{Number})(?:[\s\u00A0-]?(?<s1>{scales}))?(?:{Space}*(?<c1>[^\s\u00A0\u202F\d\p{{L}}]{{1,2}}))?{Space}*(?<conn>{language.Alternation("range-and")}|{language.Alternation("range-to")}|-|–){Space}*$",
            Options | RegexOptions.RightToLeft), [.. language.Words("range-and"), .. language.Words("range-to"), "-", "–"], skipsHyphens: false);
    }

    /// <summary>The money of <paramref name="sentence"/>, in order.</summary>
    public List<MoneyMention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        // One list per thread, emptied for each sentence: Resolve decides the figures in it and copies what it keeps, and most sentences hold no figure.
        var found = reusedFound ??= [];
        found.Clear();
        // Digit figures are read from the bounds of each match alone: a Match with its groups was some 500 MB over a 30 MB text.
        if (text.AsSpan().IndexOfAny(AsciiDigits.All) >= 0)
            foreach (var match in digitFigure.EnumerateMatches(text))
                if (ReadDigits(text, match.Index, match.Length) is { } figure) found.Add(figure);
        if (HasScaleWord(text))
        {
            for (var match = wordFigure.Match(text); match.Success; match = match.NextMatch())
                if (Read(text, match.Index, match.Index + match.Length, match.Groups["num"].ValueSpan, match.Groups["scale"].ValueSpan, null) is { } figure) found.Add(figure);
            for (var match = approximateSearch.MayHold(text) ? approximateFigure.Match(text) : Match.Empty; match.Success; match = match.NextMatch())
            {
                var approximate = match.Groups["approx"];
                var count = approximateCounts[approximate.Value];
                if (Read(text, match.Index, match.Index + match.Length, approximate.ValueSpan, match.Groups["scale"].ValueSpan, count) is { } figure) found.Add(figure);
            }
        }
        AddNumberWords(text, found);
        if (found.Count == 0) return NoMoney;
        found.Sort(ByStart);
        // "$40-50bn": the range reads "$40" as its first end, so "$40" is not a figure of its own.
        if (found.Count > 1) RemoveInner(found);
        if (!MayHoldMoney(found)) return NoMoney;
        ReadAround(text, found);
        return Restatements.Merge(SentenceCurrencies.Resolve(sentence, found), text);
    }

    /// <summary>What <see cref="Find"/> returns for a sentence without money, most: one list that nothing adds to, not a new one each.</summary>
    private static readonly List<MoneyMention> NoMoney = [];

    /// <summary>
    /// False when no figure has a currency or reads as a bare amount: <see cref="SentenceCurrencies"/> then finds no money,
    /// as in most sentences with a figure (dates, counts, percentages; 39,000 of 57,000 over the bench corpus).
    /// </summary>
    private static bool MayHoldMoney(List<MoneyFigure> found)
    {
        foreach (var figure in found)
            if (figure.Word is not null || figure.BareAmount) return true;
        return false;
    }

    /// <summary>
    /// The hedge before each digit figure and the words after it, read only in a sentence that may hold money: they were half
    /// the cost of reading a figure, and only <see cref="SentenceCurrencies"/> asks for them. An approximate count keeps its "about".
    /// </summary>
    private void ReadAround(string text, List<MoneyFigure> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k] is not { HedgeWindow: (var from, var length) } figure) continue;
            found[k] = figure with
            {
                Qualifier = figure.Qualifier == Qualifier.Exact ? words.Hedge(text, from, length, hedges) : figure.Qualifier,
                Follower = words.Follower(text, figure.End), Per = words.Per(text, figure.End), HedgeWindow = null,
            };
        }
    }

    [ThreadStatic]
    private static List<MoneyFigure>? reusedFound;

    private static readonly Comparison<MoneyFigure> ByStart = (a, b) => a.Start.CompareTo(b.Start);

    /// <summary>
    /// Removes each figure that lies within another one, as <c>List.RemoveAll</c> did with a predicate asking the list
    /// itself: the same compaction in place, each figure tested against the list as it stands then, without a closure
    /// per figure.
    /// </summary>
    private static void RemoveInner(List<MoneyFigure> found)
    {
        var count = found.Count;
        var free = 0;
        while (free < count && !IsInner(found, free)) free++;
        if (free >= count) return;
        var current = free + 1;
        while (current < count)
        {
            while (current < count && IsInner(found, current)) current++;
            if (current < count) found[free++] = found[current++];
        }
        found.RemoveRange(free, count - free);
    }

    /// <summary>
    /// True when the figure at <paramref name="inner"/> lies within the figure of another slot of the list as it stands
    /// while compacted. The figure, a value, is told from the others by its slot, as the objects were by reference (one not
    /// yet moved stands in one slot only).
    /// </summary>
    private static bool IsInner(List<MoneyFigure> found, int inner)
    {
        var figure = found[inner];
        for (var k = 0; k < found.Count; k++)
        {
            if (k == inner) continue;
            var outer = found[k];
            if (outer.Start <= figure.Start && figure.End <= outer.End) return true;
        }
        return false;
    }

    /// <summary>A scale word that may follow a number word: the only sentences where <see cref="wordFigure"/> is tried.</summary>
    private bool HasScaleWord(string text) => text.AsSpan().IndexOfAny(scaleWords) >= 0;

    /// <summary>A match of <see cref="digitFigure"/> at <paramref name="index"/>: its number, then the scale past one optional separator.</summary>
    private MoneyFigure? ReadDigits(string text, int index, int length)
    {
        // The number ends on a digit and no scale word holds one: the number is the match up to its last digit (\d, any
        // script's), found without running NumberAt again at every figure (0.13 % of a check's samples, perf of 96a7342).
        var numberLength = length;
        if (scalesHoldDigits)
        {
            numberLength = 0;
            foreach (var number in NumberAt.EnumerateMatches(text, index))
            {
                numberLength = number.Length;
                break;
            }
        }
        else
        {
            while (numberLength > 0 && !char.IsDigit(text[index + numberLength - 1])) numberLength--;
        }
        var scaleText = text.AsSpan(index + numberLength, length - numberLength);
        // Scale words start with a letter: a first character the separator class holds is the separator.
        if (scaleText.Length > 0 && (char.IsWhiteSpace(scaleText[0]) || scaleText[0] is '-' or '\u00A0' or '\u202F')) scaleText = scaleText[1..];
        return Read(text, index, index + length, text.AsSpan(index, numberLength), scaleText, null);
    }

    /// <summary>
    /// The figure of a match from <paramref name="start"/> to <paramref name="end"/>: its written number and scale, and for
    /// "une cinquantaine de milliards" the count the noun stands for (<paramref name="approximateCount"/>).
    /// </summary>
    private MoneyFigure? Read(string text, int start, int end, ReadOnlySpan<char> numberText, ReadOnlySpan<char> scaleText, decimal? approximateCount)
    {
        var approximate = approximateCount is not null;
        if ((approximateCount is { } count ? (count, count) : NumberText.Parse(numberText, language)) is not var (value, unit)) return null;
        var scale = ScaleWords.MultiplierOf(scaleText, language);
        var (low, high) = (value * scale, value * scale);

        // "145.85/90": a quote's second end written to the same decimals; "28-1/8", "20-3/4 cents": a price in eighths.
        var decimals = DecimalsOf(numberText);
        if (scale == 1 && PriceTail.After(text, end, decimals) is var (tail, tailEnd))
        {
            end = tailEnd;
            if (decimals > 0) high = Math.Floor(value) + tail;
            else (low, high, unit) = (value + tail, value + tail, 1m / 64);
        }
        var before = currencies.Before(text, start);
        var word = before?.Word;
        var weak = false;
        if (word is null && currencies.After(text, end) is var (afterWord, afterEnd))
        {
            // "won", "livres": money after a scale word, with decimals, joined by a hyphen ("10-mark coin"), or beside other
            // money in the sentence ("150 livres (170 euros)"); "a écrit 20 livres" counts books.
            weak = afterWord.Weak && scale == 1 && !numberText.Contains(language.DecimalMark) && !(end < text.Length && text[end] == '-');
            (word, end) = (afterWord, afterEnd);
        }
        var windowStart = Math.Max(0, (before?.Start ?? start) - WindowBehind);
        if (before is { } b) start = b.Start;
        // The window behind is read in place (a regex given a range reads it as it would the substring, and its indexes are
        // of the text): the substring of every figure was some 40 MB over a 30 MB text. Only a range cuts it out.
        var behindLength = start - windowStart;
        var range = rangeBehind.Match(text, windowStart, behindLength);
        // "de 10 € à 20 €": the first end may repeat the currency symbol, which must then be the figure's.
        if (range.Success && IsRange(range) && NumberText.Parse(range.Groups["n1"].ValueSpan, language) is var (first, _)
            && (!range.Groups["c1"].Success || (word is not null && currencies.After(text[windowStart..start], range.Groups["c1"].Index - windowStart)?.Word.Code == word.Code)))
        {
            var firstLow = first * (range.Groups["s1"].Success ? ScaleWords.MultiplierOf(range.Groups["s1"].ValueSpan, language) : scale);
            if (firstLow < low) // "2024-25 €3bn" is a period, then a figure
            {
                low = firstLow;
                var pre = range.Groups["pre"].Success ? currencies.Before(text[windowStart..start], range.Groups["n1"].Index - windowStart) : null;
                if (pre is { } p && before is null) (word, before) = (p.Word, (p.Word, windowStart + p.Start));
                start = windowStart + (pre is { } q ? q.Start : range.Groups["n1"].Index - windowStart);
                behindLength = range.Index - windowStart;
            }
        }
        if (word is null && scaleText.Length > 0 && ambiguousScales.GetAlternateLookup<ReadOnlySpan<char>>().Contains(scaleText.Trim(ScaleWords.Padding))) return null;

        // "au moins 30 à 40 milliards", "about $3-4bn": a hedge before a range bounds or widens the whole range. It is read, with
        // the words after the figure, only once the sentence shows money (ReadAround).
        return new MoneyFigure(start, end, low, high, unit * scale, scale, decimals, approximate ? Qualifier.About : Qualifier.Exact)
        {
            Word = word, WordBefore = before is not null, Weak = weak, HedgeWindow = (windowStart, behindLength),
            BareAmount = word is null && scale >= 1e6m && words.EndsBareAmount(text, end),
            YearLike = scale == 1 && numberText.Length == 4 && numberText.IndexOfAnyExcept(AsciiDigits.All) < 0 && value is >= 1800 and <= 2100,
        };
    }

    /// <summary>
    /// Number words beside a currency ("six dlrs a share", "cinq centimes"), and in a list that ends on one ("un, deux et
    /// cinq centimes"). An article alone ("a euro zone", "un euro fort") is money only in such a list.
    /// </summary>
    private void AddNumberWords(string text, List<MoneyFigure> found)
    {
        var numbers = language.Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in SentenceRuns.Of(text))
        {
            if (!numberShapes.MayHold(text.AsSpan(start, end - start))) continue; // most words start no number word
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-') || !numbers.TryGetValue(text.AsSpan(start, end - start), out var value)) continue;
            if (end < text.Length && text[end] == '-') continue; // "vingt-cinq", "twenty-one": read as the quantity kind reads them
            var currency = words.Counts(text.AsSpan(start, end - start)) ? currencies.After(text, end) : null;
            if (currency is null && !words.IsJoined(text, end)) continue;
            var figureEnd = currency?.End ?? end;
            found.Add(new MoneyFigure(start, figureEnd, value, value, value, 1, 0, words.Hedge(text, Math.Max(0, start - WindowBehind), start - Math.Max(0, start - WindowBehind), hedges))
                { Word = currency?.Word, Follower = currency is null ? FigureFollower.Joined : words.Follower(text, figureEnd), Per = words.Per(text, figureEnd) });
        }
    }

    private int DecimalsOf(ReadOnlySpan<char> number)
    {
        var mark = number.LastIndexOf(language.DecimalMark);
        return mark < 0 || number.Length - mark - 1 == 3 && number.Count(language.DecimalMark) > 1 ? 0 : number.Length - mark - 1;
    }

    /// <summary>"40 to 50", "40-50", "between 40 and 50"; "40 and 50" alone are two figures.</summary>
    private bool IsRange(Match range) =>
        range.Groups["rangeword"].Success || range.Groups["conn"].Value is "-" or "–" || rangeTo.Contains(range.Groups["conn"].Value);
}
