using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Percentage;

/// <summary>
/// Percentages: "2%", "2 % du PIB" (with a no-break space), "2.5 per cent", "2 pour cent", "12 pct", "1/4 pct", ranges ("2-3%",
/// "between 2 and 3 per cent", "entre 2 et 3 %"), hedges ("about 2%", "près de 3 %"), and the date the figure is tied to
/// ("20% this year"). The regex starts on a digit; the first half of a range is read behind it. The words are the source
/// language's (its pack's <c>percent-words</c>, <c>change-words</c>...).
/// </summary>
public sealed class PercentageMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = NumberText.DigitPattern;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One language's percentage patterns, built once per pack.</summary>
    private sealed class Patterns(LanguagePack language)
    {
        public static Patterns Of(LanguagePack language) => memoOfThread.Of(language, static l => new Patterns(l));

        /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
        [ThreadStatic]
        private static PackMemo<Patterns> memoOfThread;

        public LanguagePack Language { get; } = language;

        /// <summary>The words of a percent sign, for a search before any regex runs.</summary>
        public SearchValues<string> Cues { get; } = SearchValues.Create(
            [.. language.Words("percent-words").Select(w => w.Split(' ')[^1]).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

        /// <summary>"2%", "12 pct"; "1/4 pct", "3-1/2 pct": a fraction is read whole (a quarter of a point), never as its denominator.</summary>
        public Regex Percent { get; } = PackRegexes.Get(language,
            $@"(?<![\p{{L}}\d.,/])(?:(?<frac>{Fractions.Pattern})|(?<num>{Num})){S}*(?:%|{language.Alternation("percent-words")}(?![\p{{L}}]))", Options);

        // The cheap test of WordsBehind runs first, as most percentages follow no range word.
        public WordsBehind RangeBehind { get; } = new(PackRegexes.Get(language, 
            $@"(?<![\p{{L}}\d.,])(?:(?<rangeword>{language.Alternation("range-between")}){S}+)?(?<n1>{Num}){S}*%?{S}*(?<conn>-|–|{language.Alternation("range-to")}|{language.Alternation("range-and")}){S}*$",
            Options | RegexOptions.RightToLeft), [.. language.Words("range-to"), .. language.Words("range-and"), "-", "–"], skipsHyphens: false);

        /// <summary>"2 and 3%" alone are two figures; "between 2 and 3%", "2 to 3%" and "2-3%" a range.</summary>
        public System.Collections.Frozen.FrozenSet<string> And { get; } = language.Set("range-and");

        /// <summary>A change ("rose 2%", "en hausse de 3 %") rather than a level.</summary>
        public WordsBehind ChangeBehind { get; } = new(PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("change-words")}{S}*$", Options | RegexOptions.RightToLeft),
            language.Words("change-words"), skipsHyphens: false);

        /// <summary>A goal rather than a level: "the 2% target", "l'objectif de 2 %" is what a rate should be, not what it is.</summary>
        public Regex TargetAfter { get; } = PackRegexes.Get(language, $@"^{S}*{language.Alternation("target-words")}(?![\p{{L}}])", Options);

        public ImmutableArray<string> TargetBefore { get; } = language.Words("target-before");

        /// <summary>"2 percentage points", "2 points de pourcentage": a change of a rate.</summary>
        public ImmutableArray<string> PointWords { get; } = language.Words("point-words");
    }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var patterns = Patterns.Of(sentence.Source.Language);
        if (text.AsSpan().IndexOfAny(AsciiDigits.All) < 0 || (!text.Contains('%') && text.AsSpan().IndexOfAny(patterns.Cues) < 0))
            return [];
        var language = patterns.Language;
        // The thread's list, taken while in use (a Find run from within this one gets a list of its own) and let go past a
        // size: a new list for each sentence with a percentage sign was some 5 MB of the source's 10 MB (allocation ticks of e76d391).
        var found = reusedFound ?? new(2);
        reusedFound = null;
        found.Clear();
        var mentions = Mentions(sentence, text, patterns, language, found);
        if (found.Capacity <= LongestListKept) reusedFound = found;
        return mentions;
    }

    [ThreadStatic]
    private static List<(int Start, int End, decimal Low, decimal High, decimal Unit, Qualifier Qualifier, bool IsChange)>? reusedFound;

    // Past this many percentages in one sentence a thread lets its list go.
    private const int LongestListKept = 64;

    /// <summary>The percentages of a sentence that holds a digit and a percent sign or word, read into <paramref name="found"/> first.</summary>
    private static Mention[] Mentions(Sentence sentence, string text, Patterns patterns, LanguagePack language,
        List<(int Start, int End, decimal Low, decimal High, decimal Unit, Qualifier Qualifier, bool IsChange)> found)
    {
        for (var match = patterns.Percent.Match(text); match.Success; match = match.NextMatch())
        {
            var fraction = match.Groups["frac"];
            var parsed = fraction.Success ? Fractions.Parse(fraction.Value) : NumberText.Parse(match.Groups["num"].ValueSpan, language);
            if (parsed is not var (value, unit)) continue;
            var (low, start) = (value, match.Index);
            var from = Math.Max(0, start - 30);
            var range = patterns.RangeBehind.Match(text, from, start - from);
            var isRange = range.Success && (range.Groups["rangeword"].Success || !patterns.And.Contains(range.Groups["conn"].Value));
            if (isRange && NumberText.Parse(range.Groups["n1"].ValueSpan, language) is var (first, _) && first < value)
            {
                (low, start) = (first, range.Index);
                // "2% to 3%": the first half was read as a figure of its own. A loop: a lambda over start was a closure made for every match.
                for (var k = found.Count - 1; k >= 0; k--)
                    if (found[k].Start >= start) found.RemoveAt(k);
            }
            var (qualifier, hedgeStart) = low == value ? FigureContext.Hedge(text, start, language) : (Qualifier.Exact, start);
            var before = Math.Max(0, hedgeStart - 30);
            var after = text.AsSpan(match.Index + match.Length);
            var behind = text.AsSpan(before, hedgeStart - before);
            var isChange = patterns.ChangeBehind.IsMatch(behind) || StartsWithAny(after.TrimStart(), patterns.PointWords)
                || patterns.TargetAfter.IsMatch(after) || EndsWithAny(behind.TrimEnd(), patterns.TargetBefore);
            found.Add((hedgeStart, match.Index + match.Length, low, value, unit, qualifier, isChange));
        }
        if (found.Count == 0) return [];
        // Loops, not LINQ: a lambda over the sentence made a closure at every call, percentage or not.
        var spans = new (int Start, int End)[found.Count];
        for (var k = 0; k < spans.Length; k++) spans[k] = (found[k].Start, found[k].End);
        var dates = FigureContext.DatesIn(sentence);
        var mentions = new Mention[found.Count];
        for (var k = 0; k < mentions.Length; k++)
        {
            var f = found[k];
            mentions[k] = new PercentageMention(sentence, f.Start, f.End, f.Low, f.High, f.Unit, f.Qualifier, FigureContext.TimeOf(sentence, f.Start, f.End, spans, dates), f.IsChange);
        }
        return mentions;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, ImmutableArray<string> words)
    {
        foreach (var word in words)
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, ImmutableArray<string> words)
    {
        foreach (var word in words)
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
