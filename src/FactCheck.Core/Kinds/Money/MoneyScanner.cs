using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// FactCheck's own money rules: the shapes news text writes and the recognizer misreads or is too slow to look for
/// everywhere ("€100bn", "$107bn", "100 MILLIARDS de dollars", "d’euros", "10 000 €", "5 Md€", "between 40 and 50 billion").
/// For speed the regexes start on what every figure has, a digit (or, in sentences with a scale word, a number word);
/// what may stand before it (a currency, a hedge, the first half of a range) is read from a short window behind it.
/// The words (scales, currency names, range words, hedges) are the source language's: one scanner per language pack.
/// </summary>
internal sealed class MoneyScanner
{
    private const string Space = @"[\s\u00A0\u202F]";
    private const string Number = NumberText.DigitPattern;
    private const int WindowBehind = 60;
    // The regexes that read behind a figure end with '$' and run right to left: every other start position fails at once.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>Words that may follow an amount stated without a currency ("un fonds de 100 milliards semble"): a noun there ("people") means it is not money.</summary>
    private readonly FrozenSet<string> wordsAfterBareAmount;

    private readonly LanguagePack language;
    private readonly CurrencyLexicon currencies;
    private readonly Qualifiers hedges;
    private readonly FrozenSet<string> rangeTo;

    /// <summary>Abbreviations that also mean other things ("5m" is five metres, "5k" a race): money only with a currency.</summary>
    private readonly FrozenSet<string> ambiguousScales;
    private readonly SearchValues<string> scaleWords;
    private readonly Regex digitFigure;
    private readonly Regex wordFigure;
    private readonly Regex currencyBehind;
    private readonly Regex rangeBehind;

    /// <summary>The scanner of <paramref name="language"/>. Compiling its regexes costs far more than reading a sentence: it is built once.</summary>
    public static MoneyScanner Of(LanguagePack language) => language.Cached(typeof(MoneyScanner), static l => new MoneyScanner(l));

    private MoneyScanner(LanguagePack language)
    {
        this.language = language;
        currencies = CurrencyLexicon.Of(language);
        hedges = Qualifiers.Of(language);
        wordsAfterBareAmount = language.Set("bare-amount-followers");
        rangeTo = language.Set("range-to");
        ambiguousScales = language.Set("ambiguous-scales");
        scaleWords = SearchValues.Create([.. language.Words("scales-after-number-words")], StringComparison.OrdinalIgnoreCase);
        var scales = ScaleWords.Pattern(language);
        // "100 milliards de dollars", "d’euros", "5 billion of dollars": a word of the language may join the figure to its currency.
        var after = $@"(?:[\s\u00A0\u202F-]?(?<scale>{scales}))?" +
            $@"(?:{Space}?(?<post>{currencies.AfterPattern})(?![\p{{L}}])|(?:{Space}+|-){language.WordBefore("currency-of")}?(?<word>{currencies.WordPattern})(?![\p{{L}}]))?";
        digitFigure = new Regex($@"(?<![\d.,])(?<num>{Number}){after}", Options);
        wordFigure = new Regex($@"(?<![\p{{L}}])(?<num>{language.Alternation("before-scale")})(?={Space}+{language.Alternation("scales-after-number-words")}){after}", Options);
        currencyBehind = new Regex($@"(?<![\p{{L}}])(?<pre>{currencies.BeforePattern}){Space}?$", Options | RegexOptions.RightToLeft);
        rangeBehind = new Regex(
            $@"(?<![\p{{L}}\d.,])(?:(?<rangeword>{language.Alternation("range-between")}|{language.Alternation("range-from")}){Space}+)?(?:(?<pre>{currencies.BeforePattern}){Space}?)?(?<n1>{Number})(?:[\s\u00A0-]?(?<s1>{scales}))?{Space}*(?<conn>{language.Alternation("range-and")}|{language.Alternation("range-to")}|-|–){Space}*$",
            Options | RegexOptions.RightToLeft);
    }

    public List<MoneyMention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var found = new List<MoneyMention>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            foreach (Match match in digitFigure.Matches(text))
                if (Read(sentence, match) is { } mention) found.Add(mention);
        if (HasScaleWord(text))
        {
            foreach (Match match in wordFigure.Matches(text))
                if (Read(sentence, match) is { } mention) found.Add(mention);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        // "$40-50bn": the range reads "$40" as its first end, so "$40" is not a figure of its own.
        found.RemoveAll(inner => found.Exists(outer => !ReferenceEquals(inner, outer) && outer.Start <= inner.Start && inner.End <= outer.End));
        return MergeRestatements(found, text);
    }

    /// <summary>A scale word that may follow a number word: the only sentences where <see cref="wordFigure"/> is tried.</summary>
    private bool HasScaleWord(string text) => text.AsSpan().IndexOfAny(scaleWords) >= 0;

    private MoneyMention? Read(Sentence sentence, Match match)
    {
        var text = sentence.Text;
        if (NumberText.Parse(match.Groups["num"].Value, language) is not var (value, unit)) return null;
        var start = match.Index;
        var windowStart = Math.Max(0, start - WindowBehind);
        var behind = text[windowStart..start];

        var pre = currencyBehind.Match(behind);
        if (pre.Success) (start, behind) = (windowStart + pre.Index, behind[..pre.Index]);
        var currencyText = pre.Success ? pre.Groups["pre"].Value
            : match.Groups["post"].Success ? match.Groups["post"].Value
            : match.Groups["word"].Value;

        var scaleText = match.Groups["scale"].Value;
        var scale = ScaleWords.MultiplierOf(scaleText, language);
        var (low, high) = (value * scale, value * scale);
        var range = rangeBehind.Match(behind);
        if (range.Success && IsRange(range) && NumberText.Parse(range.Groups["n1"].Value, language) is var (first, _))
        {
            var firstLow = first * (range.Groups["s1"].Success ? ScaleWords.MultiplierOf(range.Groups["s1"].Value, language) : scale);
            if (firstLow < low) // "2024-25 €3bn" is a period, then a figure
            {
                low = firstLow;
                if (currencyText.Length == 0) currencyText = range.Groups["pre"].Value;
                start = windowStart + range.Index + (range.Groups["rangeword"].Success ? range.Groups["pre"].Success ? range.Groups["pre"].Index - range.Index : range.Groups["n1"].Index - range.Index : 0);
                behind = behind[..range.Index];
            }
        }
        var currency = currencyText.Length > 0 ? currencies.CodeOf(currencyText) : null;
        var end = match.Index + match.Length;
        if (currency is null && (scaleText.Length == 0 || ambiguousScales.Contains(scaleText.Trim(' ', '-', '\u00A0')) || scale < 1e6m || !EndsBareAmount(text, end)))
            return null;

        var hedge = low == high ? hedges.Behind.Match(behind) : Match.Empty;
        var qualifier = hedge.Success ? hedges.Parse(hedge.Groups["qual"].Value) : Qualifier.Exact;
        return new MoneyMention(sentence, start, end, low, high, unit * scale, currency, qualifier);
    }

    /// <summary>"40 to 50", "40-50", "between 40 and 50"; "40 and 50" alone are two figures.</summary>
    private bool IsRange(Match range) =>
        range.Groups["rangeword"].Success || range.Groups["conn"].Value is "-" or "–" || rangeTo.Contains(range.Groups["conn"].Value);

    private bool EndsBareAmount(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '»' or '”' or '"' or '–' or '—') return true;
        var wordEnd = i;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return wordsAfterBareAmount.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
    }

    /// <summary>"$100bn (£79.5bn)": a bracketed figure in another currency restates the one before it: one claim stated two ways.</summary>
    private static List<MoneyMention> MergeRestatements(List<MoneyMention> mentions, string text)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            if (second.Start < first.End) continue;
            var between = text.AsSpan(first.End, second.Start - first.End).Trim();
            var after = text.AsSpan(second.End).TrimStart();
            if (between is "(" && after.StartsWith(")") && second.Currency is not null && first.Currency is not null && second.Currency != first.Currency)
            {
                mentions[i] = first with { Restatement = second };
                mentions.RemoveAt(i + 1);
            }
        }
        return mentions;
    }
}
