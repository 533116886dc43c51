using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Money;

/// <summary>
/// FactCheck's own money rules: the shapes news text writes and the recognizer misreads or is too slow to look for
/// everywhere ("€100bn", "$107bn", "100 MILLIARDS de dollars", "d’euros", "10 000 €", "5 Md€", "between 40 and 50 billion").
/// For speed the regexes start on what every figure has, a digit (or, in sentences with a scale word, a number word);
/// what may stand before it (a currency, a hedge, the first half of a range) is read from a short window behind it.
/// </summary>
internal sealed class MoneyScanner
{
    private const string Space = @"[\s\u00A0\u202F]";
    private const string Number = NumberText.DigitPattern;
    private const int WindowBehind = 60;
    // The regexes that read behind a figure end with '$' and run right to left: every other start position fails at once.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>Words that may follow an amount stated without a currency ("un fonds de 100 milliards semble"): a noun there ("people") means it is not money.</summary>
    private static readonly FrozenSet<string> WordsAfterBareAmount = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "semble", "seems", "seem", "is", "was", "were", "are", "would", "will", "could", "should", "may", "might", "pour", "for", "to", "sur",
        "over", "en", "in", "par", "by", "et", "and", "qui", "that", "which", "est", "était", "sera", "serait", "a", "ont", "has", "have",
        "had", "from", "à", "au", "aux", "with", "avec", "dans", "this", "ce", "cette", "annually", "per");

    private readonly CurrencyLexicon currencies;
    private readonly Regex digitFigure;
    private readonly Regex wordFigure;
    private readonly Regex currencyBehind;
    private readonly Regex rangeBehind;
    private readonly Regex hedgeBehind;

    /// <summary>The scanner for the shipped currencies. Compiling its regexes costs far more than reading a sentence: build it once.</summary>
    public static readonly MoneyScanner Default = new(CurrencyLexicon.Default);

    public MoneyScanner(CurrencyLexicon currencies)
    {
        this.currencies = currencies;
        var after = $@"(?:[\s\u00A0\u202F-]?(?<scale>{ScaleWords.Pattern}))?" +
            $@"(?:{Space}?(?<post>{currencies.AfterPattern})(?![\p{{L}}])|(?:{Space}+|-)(?:(?:de|of){Space}+|d['’]{Space}*)?(?<word>{currencies.WordPattern})(?![\p{{L}}]))?";
        digitFigure = new Regex($@"(?<![\d.,])(?<num>{Number}){after}", Options);
        wordFigure = new Regex($@"(?<![\p{{L}}])(?<num>{NumberText.WordPattern})(?={Space}+(?:{ScaleWords.WordPattern}|mln|bn|mrd)){after}", Options);
        currencyBehind = new Regex($@"(?<![\p{{L}}])(?<pre>{currencies.BeforePattern}){Space}?$", Options | RegexOptions.RightToLeft);
        rangeBehind = new Regex(
            $@"(?<![\p{{L}}\d.,])(?:(?<rangeword>between|entre|from|de){Space}+)?(?:(?<pre>{currencies.BeforePattern}){Space}?)?(?<n1>{Number})(?:[\s\u00A0-]?(?<s1>{ScaleWords.Pattern}))?{Space}*(?<conn>and|et|to|à|-|–){Space}*$", Options | RegexOptions.RightToLeft);
        hedgeBehind = new Regex($@"(?<![\p{{L}}])(?<qual>{Qualifiers.Pattern}){Space}*$", Options | RegexOptions.RightToLeft);
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

    private static bool HasScaleWord(string text) =>
        text.Contains("illion", StringComparison.OrdinalIgnoreCase) || text.Contains("illiard", StringComparison.OrdinalIgnoreCase)
        || text.Contains("thousand", StringComparison.OrdinalIgnoreCase) || text.Contains(" mln", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" bn", StringComparison.OrdinalIgnoreCase) || text.Contains(" mrd", StringComparison.OrdinalIgnoreCase);

    private MoneyMention? Read(Sentence sentence, Match match)
    {
        var text = sentence.Text;
        var language = sentence.Source.Language;
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
        var scale = ScaleWords.MultiplierOf(scaleText);
        var (low, high) = (value * scale, value * scale);
        var range = rangeBehind.Match(behind);
        if (range.Success && IsRange(range) && NumberText.Parse(range.Groups["n1"].Value, language) is var (first, _))
        {
            var firstLow = first * (range.Groups["s1"].Success ? ScaleWords.MultiplierOf(range.Groups["s1"].Value) : scale);
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
        if (currency is null && (scaleText.Length == 0 || ScaleWords.NeedsCurrency(scaleText) || scale < 1e6m || !EndsBareAmount(text, end)))
            return null;

        var hedge = low == high ? hedgeBehind.Match(behind) : Match.Empty;
        var qualifier = hedge.Success ? Qualifiers.Parse(hedge.Groups["qual"].Value) : Qualifier.Exact;
        return new MoneyMention(sentence, start, end, low, high, unit * scale, currency, qualifier);
    }

    private static bool IsRange(Match range) =>
        range.Groups["rangeword"].Success || range.Groups["conn"].Value is "-" or "–"
        || range.Groups["conn"].Value.Equals("to", StringComparison.OrdinalIgnoreCase) || range.Groups["conn"].Value.Equals("à", StringComparison.OrdinalIgnoreCase);

    private static bool EndsBareAmount(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '»' or '”' or '"' or '–' or '—') return true;
        var wordEnd = i;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return WordsAfterBareAmount.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
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
