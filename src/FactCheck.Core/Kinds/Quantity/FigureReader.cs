using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Reads the number that starts at a position: digits ("1,500", "79,5", "1 991"), a fraction ("5-1/4"), words
/// ("quarante-deux", "one hundred and thirty-five", "a dozen"), an approximation ("une trentaine": about 30), a vague number
/// ("dozens of", "des centaines de", "several hundred": at least two of them), each with its scale ("2.4 mln", "deux
/// millions"), and a range ("10-20 million", "between 1,500 and 2,000", "de 500 à 700", "three or four"). "from 27 to 25"
/// after a verb of change is 25, changed from 27. Built once per pack.
/// </summary>
internal sealed partial class FigureReader
{
    private const string S = @"[\s\u00A0\u202F]";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The most characters a fraction has up to its slash and one past it: four digits, a hyphen, two digits, "/".</summary>
    private const int FractionReach = 8;

    private readonly LanguagePack language;
    private readonly QuantityWords words;
    private readonly SpelledNumbers spelled;
    private readonly System.Collections.Frozen.FrozenSet<string> articles;
    private readonly Regex scale, vague, several, approximate, range, between, from;

    // What each anchored regex may start with: most figures are followed by a word none of them reads ("people", "of").
    private readonly WordsAhead scaleWords, vagueWords, severalWords, approximateWords, rangeWords;

    private FigureReader(LanguagePack language)
    {
        this.language = language;
        words = QuantityWords.Of(language);
        spelled = SpelledNumbers.Of(language);
        articles = language.Set("duration-articles");
        scale = PackRegexes.Get(language, 
            $@"\G(?:[\s\u00A0\u202F-]?(?<scale>{language.Alternation("spelled-scales")})|[\s\u00A0\u202F-]?(?<scale>{language.Alternation("count-scale-abbreviations")}))(?![\p{{L}}\d])",
            Options);
        vague = PackRegexes.Get(language, $@"\G(?<vague>{LanguagePack.AlternationOf(words.Vague.Keys.OrderByDescending(k => k.Length))})(?![\p{{L}}])", Options);
        several = PackRegexes.Get(language, $@"\G{language.Alternation("several-words")}{S}+(?<unit>{language.Alternation("number-multipliers")}|{language.Alternation("spelled-scales")})(?![\p{{L}}])", Options);
        approximate = PackRegexes.Get(language, $@"\G{S}*(?<approx>{LanguagePack.AlternationOf(words.Approximate.Keys)})(?![\p{{L}}])", Options);
        range = PackRegexes.Get(language, $@"\G{S}*(?<conn>-|–|{language.Alternation("range-to")}|{language.Alternation("range-and")}|{language.Alternation("range-or")})(?![\p{{L}}]){S}*", Options);
        between = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("range-between")}{S}+$", Options | RegexOptions.RightToLeft);
        from = PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.WordBefore("range-from")}$", Options | RegexOptions.RightToLeft);
        scaleWords = new WordsAhead(language.Words("spelled-scales").Concat(language.Words("count-scale-abbreviations")), ignoreCase: true);
        vagueWords = new WordsAhead(words.Vague.Keys, ignoreCase: true);
        severalWords = new WordsAhead(language.Words("several-words"), ignoreCase: true);
        approximateWords = new WordsAhead(words.Approximate.Keys, ignoreCase: true);
        rangeWords = new WordsAhead(["-", "–", .. language.Words("range-to"), .. language.Words("range-and"), .. language.Words("range-or")], ignoreCase: true);
    }

    public static FigureReader Of(LanguagePack language) => memoOfThread.Of(language, static l => new FigureReader(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<FigureReader> memoOfThread;

    /// <summary>The figure that starts at <paramref name="start"/> (a digit or the first letter of a word), or null.</summary>
    public Figure? Read(string text, int start)
    {
        if (One(text, start) is not { } first) return null;
        return Range(text, first) ?? first;
    }

    /// <summary>One number with its scale, no range.</summary>
    private Figure? One(string text, int start)
    {
        Figure? figure = char.IsDigit(text[start]) ? Digits(text, start) : Words(text, start);
        if (figure is not { } read || read.Implied is not null) return figure;
        var scaled = Scale(text, read.End);
        if (!scaled.Success) return read;
        var multiplier = ScaleWords.MultiplierOf(scaled.Groups["scale"].ValueSpan, language);
        return read with
        {
            End = scaled.Index + scaled.Length, Low = read.Low * multiplier, High = read.High * multiplier,
            Precision = read.Spelled ? multiplier : read.Precision * multiplier, Scaled = true, Scale = multiplier,
        };
    }

    private Figure? Digits(string text, int start)
    {
        // A fraction's slash stands within its first eight characters ("1994-1/2"): most figures have none there.
        var length = text.AsSpan(start, Math.Min(FractionReach, text.Length - start)).Contains('/') ? MatchLength(Fraction, text, start) : -1;
        var isFraction = length >= 0;
        if (!isFraction) length = MatchLength(DigitRun, text, start);
        if (length < 0) return null;
        // Digits are read in place; a fraction, rarer, from its substring.
        var parsed = isFraction ? Fractions.Parse(text.Substring(start, length)) : NumberText.Parse(text.AsSpan(start, length), language);
        return parsed is var (value, unit) ? new Figure(start, start + length, value, value, unit) : null;
    }

    // The two forms a figure in digits takes, tried in this order (as an alternation would): only where and how long the
    // match is counts, which the regex engine gives without a Match object. Digits in every language: source-generated.

    /// <summary>"5-1/4", "3/4" at a position.</summary>
    [GeneratedRegex($@"\G{Fractions.Pattern}", Options)]
    private static partial Regex Fraction { get; }

    /// <summary>"1,500", "79,5", "1 991" at a position.</summary>
    [GeneratedRegex($@"\G{NumberText.DigitPattern}", Options)]
    private static partial Regex DigitRun { get; }

    /// <summary>The length of <paramref name="regex"/>'s match anchored at <paramref name="start"/>, or -1.</summary>
    private static int MatchLength(Regex regex, string text, int start)
    {
        foreach (var match in regex.EnumerateMatches(text, start)) return match.Index == start ? match.Length : -1;
        return -1;
    }

    private Figure? Words(string text, int start)
    {
        if (vagueWords.MayStart(text, start) && vague.Match(text, start) is { Success: true } many)
        {
            // "dozens of", "des centaines de": at least two of them, and fewer than ten (else the text says "hundreds").
            var step = words.Vague[many.Groups["vague"].Value.ToLowerInvariant()];
            return new Figure(start, start + many.Length, 2 * step, 2 * step, 8 * step, Qualifier.AtLeast, Spelled: true, Scaled: true);
        }
        if (severalWords.MayStart(text, start) && several.Match(text, start) is { Success: true } few)
        {
            var step = language.Numbers.GetValueOrDefault(few.Groups["unit"].Value, 1) * ScaleWords.MultiplierOf(few.Groups["unit"].Value, language);
            return new Figure(start, start + few.Length, 2 * step, 2 * step, 8 * step, Qualifier.AtLeast, Spelled: true, Scaled: true);
        }
        var number = spelled.Read(text, start);
        var after = number?.End ?? ArticleEnd(text, start);
        if (after > 0 && approximateWords.MayStartAfterSpaces(text, after) && approximate.Match(text, after) is { Success: true } approx)
        {
            // "une trentaine de", "un millier de", "deux centaines": about that many.
            var step = words.Approximate[approx.Groups["approx"].Value.ToLowerInvariant()] * (number?.Value ?? 1);
            return new Figure(start, approx.Index + approx.Length, step, step, step / 10, Qualifier.About, Spelled: true, Scaled: true, Scale: step);
        }
        if (number is null && ArticleEnd(text, start) is > 0 and var articleEnd && Scale(text, articleEnd) is { Success: true } one)
        {
            // "one mln barrels", "a million people": an article before a scale is one of it.
            var multiplier = ScaleWords.MultiplierOf(one.Groups["scale"].Value, language);
            return new Figure(start, one.Index + one.Length, multiplier, multiplier, multiplier, Spelled: true, Scaled: true, Scale: multiplier);
        }
        if (number is not { } read) return null;
        return new Figure(start, read.End, read.Value, read.Value, read.Precision, Spelled: true, Scaled: read.Precision > 1, Scale: read.Precision);
    }

    /// <summary>A scale word or abbreviation at <paramref name="at"/> ("2.4 mln", "deux millions"), or an unsuccessful match.</summary>
    private Match Scale(string text, int at) => scaleWords.MayStartAfterSpaceOrHyphen(text, at) ? scale.Match(text, at) : Match.Empty;

    /// <summary>The end of an article at <paramref name="start"/> ("une" before "trentaine"), or -1.</summary>
    private int ArticleEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start)) ? end : -1;
    }

    /// <summary>"10-20 million", "between 1,500 and 2,000", "de 500 à 700", "three or four"; "from 27 to 25" after a change is 25, from 27.</summary>
    private Figure? Range(string text, Figure first)
    {
        if (!rangeWords.MayStartAfterSpaces(text, first.End)) return null;
        var join = range.Match(text, first.End);
        if (!join.Success || join.Index + join.Length >= text.Length) return null;
        var connector = join.Groups["conn"].Value.ToLowerInvariant();
        var at = join.Index + join.Length;
        if (!char.IsLetterOrDigit(text[at]) || One(text, at) is not { Implied: null } second) return null;
        var dash = connector is "-" or "–";
        if (dash && (join.Length != 1 || !char.IsDigit(text[first.Start]) || !char.IsDigit(text[at]))) return null; // "19 - 13", "deux-trois"
        var isAnd = language.Set("range-and").Contains(connector);
        if (isAnd && !between.Match(text, 0, first.Start).Success) return null; // "40 and 50" alone are two figures
        var (low, precision) = (first.Low, first.Precision);
        // "10-20 million", "entre 4 et 6 millions": the second number's scale is the first's too.
        if (first.Scale == 1 && second.Scale > 1 && first.Low * second.Scale <= second.High) (low, precision) = (first.Low * second.Scale, first.Precision * second.Scale);
        if (from.Match(text, 0, first.Start) is { Success: true } fromWord && words.ChangeBefore.Match(text, 0, fromWord.Index).Success)
            return second with { Start = first.Start, Previous = low };
        if (low >= second.High) return null; // "19-13" is a score; "from 27 to 25" is a change
        return second with { Start = first.Start, Low = low, Precision = Math.Min(precision, second.Precision) };
    }
}
