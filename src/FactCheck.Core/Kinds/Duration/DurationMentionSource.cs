using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Duration;

/// <summary>
/// Durations in English and French: "over five years", "sur cinq ans", "a five-year plan", "18 months", "two and a half
/// years", "deux ans et demi", "a decade", "depuis près d'une décennie". "over"/"sur" spread a figure across the period and
/// are not a hedge; "more than", "près de", "about" are. "five years ago" and "il y a cinq ans" are dates, "25 years old" an
/// age, "quatre ans plus tard" a step in time: none of them is a duration. The regex starts on the unit word; the number
/// is read from a short window behind it.
/// </summary>
public sealed partial class DurationMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = @"\d{1,3}(?:[.,]\d+)?";
    private const string Article = "a|an|one|un|une";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
    // Source-generated: compiling these at run time cost more start-up than it saved, and the interpreter was slower.
    private const RegexOptions Windowed = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?<unit>years?|months?|weeks?|days?|decades?|ans|an|années|année|mois|semaines|semaine|jours|jour|décennies|décennie)(?![\p{{L}}])"
        + $@"(?>(?<demi>{S}+et{S}+demie?)?)(?!-old|{S}+(?:old|ago|later|earlier|before|plus{S}+tard|plus{S}+tôt|auparavant|d['’]âge|de{S}+prison)(?![\p{{L}}]))",
        Options)]
    private static partial Regex Units { get; }

    [GeneratedRegex(
        $@"(?<![\p{{L}}\d.,])(?:(?<n1>{Num}|{NumberText.CountWordPattern}){S}+(?:to|à|or|ou|-|–){S}+)?(?<num>{Num}|{NumberText.CountWordPattern}|{Article})(?<half>{S}+and{S}+a{S}+half)?(?:{S}+|-)$",
        Windowed | RegexOptions.RightToLeft)]
    private static partial Regex NumberBehind { get; }

    /// <summary>Words before "a year"/"un an" that make it a length of time rather than a rate ("$5bn a year", "par an").</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?:for|over|in|within|after|during|since|pendant|durant|sur|en|depuis|après|d['’]ici|dans|de|d['’]|près|about|nearly|almost|than){S}*$",
        Windowed | RegexOptions.RightToLeft)]
    private static partial Regex DurationWordBehind { get; }

    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Article.Split('|'));
    [GeneratedRegex($@"(?<![\p{{L}}])(?:over|sur){S}+$", Windowed | RegexOptions.RightToLeft)]
    private static partial Regex SpreadBehind { get; }
    [GeneratedRegex($@"(?<![\p{{L}}])(?:il{S}+y{S}+a|voilà){S}+$", Windowed | RegexOptions.RightToLeft)]
    private static partial Regex DateBehind { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        if (!MayHoldADuration(text, sentence.Source.Language)) return [];
        var found = new List<Mention>();
        foreach (Match unit in Units.Matches(text))
        {
            var from = Math.Max(0, unit.Index - 40);
            var number = NumberBehind.Match(text, from, unit.Index - from);
            if (number.Success) Add(sentence, number, unit, found); // "decades of", "la décennie" name no length
        }
        return found;
    }

    private static void Add(Sentence sentence, Match number, Match unitMatch, List<Mention> found)
    {
        var text = sentence.Text;
        var start = number.Index;
        var end = unitMatch.Index + unitMatch.Length;
        var numberText = number.Groups["num"].Value;
        var isArticle = Articles.Contains(numberText);
        var unitText = unitMatch.Groups["unit"].Value.ToLowerInvariant();
        var isDecade = unitText.StartsWith("dec", StringComparison.Ordinal) || unitText.StartsWith("déc", StringComparison.Ordinal);
        if (DateBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        if (isArticle && !isDecade && !DurationWordBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        var value = isArticle ? 1m : NumberText.Parse(numberText, sentence.Source.Language)?.Value ?? 0m;
        if (value <= 0) return;
        if (number.Groups["half"].Success || unitMatch.Groups["demi"].Success) value += 0.5m;
        var (unit, perUnit) = unitText switch
        {
            _ when isDecade => (DurationUnit.Year, 10m),
            ['y', ..] or "ans" or "an" or "années" or "année" => (DurationUnit.Year, 1m),
            ['m', ..] => (DurationUnit.Month, 1m),
            ['w', ..] or ['s', ..] => (DurationUnit.Week, 1m),
            _ => (DurationUnit.Day, 1m),
        };
        var low = value;
        if (number.Groups["n1"].Success && NumberText.Parse(number.Groups["n1"].Value, sentence.Source.Language) is var (first, _) && first < value) low = first;
        var spread = SpreadBehind.Match(text, Math.Max(0, start - 8), Math.Min(start, 8)).Success;
        var (qualifier, from) = spread || low != value ? (Qualifier.Exact, start) : FigureContext.Hedge(text, start);
        found.Add(new DurationMention(sentence, from, end, low * perUnit, value * perUnit, unit, qualifier));
    }

    /// <summary>A unit word: "an" only counts in French, where it is a year; in English it is in every other sentence.</summary>
    private static bool MayHoldADuration(string text, string language) =>
        text.Contains("year", StringComparison.OrdinalIgnoreCase) || text.Contains("month", StringComparison.OrdinalIgnoreCase)
        || text.Contains("week", StringComparison.OrdinalIgnoreCase) || text.Contains("day", StringComparison.OrdinalIgnoreCase)
        || (language == "fr" && (text.Contains(" an", StringComparison.OrdinalIgnoreCase) || text.Contains("-an", StringComparison.OrdinalIgnoreCase)))
        || text.Contains("mois", StringComparison.OrdinalIgnoreCase)
        || text.Contains("semaine", StringComparison.OrdinalIgnoreCase) || text.Contains("jour", StringComparison.OrdinalIgnoreCase)
        || text.Contains("cenn", StringComparison.OrdinalIgnoreCase) || text.Contains("decade", StringComparison.OrdinalIgnoreCase);
}
