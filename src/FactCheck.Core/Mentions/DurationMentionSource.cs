using System.Text.RegularExpressions;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// Durations in English and French: "over five years", "sur cinq ans", "a five-year plan", "18 months", "two and a half
/// years", "deux ans et demi", "a decade", "depuis près d'une décennie". "over"/"sur" spread a figure across the period and
/// are not a hedge; "more than", "près de", "about" are. "five years ago" and "il y a cinq ans" are dates, "25 years old" an
/// age, "quatre ans plus tard" a step in time: none of them is a duration.
/// </summary>
internal sealed class DurationMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = @"\d{1,3}(?:[.,]\d+)?";
    private const string Article = "a|an|one|un|une";
    private const string NotADuration = $@"(?!{S}+(?:old|ago|later|earlier|before|plus{S}+tard|plus{S}+tôt|auparavant|d['’]âge|de{S}+prison)(?![\p{{L}}]))";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly Regex Units = new(
        $@"(?<![\p{{L}}\d.,])(?:(?<n1>{Num}|{NumberText.CountWordPattern}){S}+(?:to|à|or|ou|-|–){S}+)?(?<num>{Num}|{NumberText.CountWordPattern}|{Article})(?>(?<half>{S}+and{S}+a{S}+half)?)(?:{S}+|-)"
        + $@"(?<unit>years?|months?|weeks?|days?|ans|an|années|année|mois|semaines|semaine|jours|jour)(?>(?<demi>{S}+et{S}+demie?)?)(?![\p{{L}}]){NotADuration}",
        Options);

    private static readonly Regex Decades = new($@"(?<![\p{{L}}])(?:(?<num>{Num}|{NumberText.CountWordPattern}|{Article}){S}+)?(?<unit>decades?|décennies?)(?![\p{{L}}]){NotADuration}", Options);

    /// <summary>Words before "a year"/"un an" that make it a length of time rather than a rate ("$5bn a year", "par an").</summary>
    private static readonly Regex DurationWordBehind = new(
        $@"(?<![\p{{L}}])(?:for|over|in|within|after|during|since|pendant|durant|sur|en|depuis|après|d['’]ici|dans|de|d['’]|près|about|nearly|almost|than){S}*$",
        Options | RegexOptions.RightToLeft);

    private static readonly System.Collections.Frozen.FrozenSet<string> Articles =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Article.Split('|'));

    private static readonly Regex SpreadBehind = new($@"(?<![\p{{L}}])(?:over|sur){S}+$", Options | RegexOptions.RightToLeft);
    private static readonly Regex DateBehind = new($@"(?<![\p{{L}}])(?:il{S}+y{S}+a|voilà){S}+$", Options | RegexOptions.RightToLeft);

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        if (!MayHoldADuration(text, sentence.Source.Language)) return [];
        var found = new List<Mention>();
        foreach (Match match in Units.Matches(text)) Add(sentence, match, found);
        if (text.Contains("cenn", StringComparison.OrdinalIgnoreCase) || text.Contains("decade", StringComparison.OrdinalIgnoreCase))
            foreach (Match match in Decades.Matches(text)) Add(sentence, match, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(Sentence sentence, Match match, List<Mention> found)
    {
        var text = sentence.Text;
        var numberText = match.Groups["num"].Value;
        var start = match.Index;
        var isArticle = numberText.Length == 0 || Articles.Contains(numberText);
        if (DateBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        if (isArticle && !match.Groups["unit"].Value.StartsWith("d", StringComparison.OrdinalIgnoreCase)
            && !DurationWordBehind.Match(text, Math.Max(0, start - 12), Math.Min(start, 12)).Success) return;
        var value = isArticle ? 1m : NumberText.Parse(numberText, sentence.Source.Language)?.Value ?? 0m;
        if (value <= 0) return;
        if (match.Groups["half"].Success || match.Groups["demi"].Success) value += 0.5m;
        var (unit, perUnit) = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            ['y', ..] or "ans" or "an" or "années" or "année" => (DurationUnit.Year, 1m),
            ['m', ..] => (DurationUnit.Month, 1m),
            ['w', ..] or ['s', ..] => (DurationUnit.Week, 1m),
            ['d', 'e', 'c', ..] or ['d', 'é', ..] => (DurationUnit.Year, 10m),
            _ => (DurationUnit.Day, 1m),
        };
        var low = value;
        if (match.Groups["n1"].Success && NumberText.Parse(match.Groups["n1"].Value, sentence.Source.Language) is var (first, _) && first < value) low = first;
        var spread = SpreadBehind.Match(text, Math.Max(0, start - 8), Math.Min(start, 8)).Success;
        var (qualifier, from) = spread || low != value ? (Qualifier.Exact, start) : FigureContext.Hedge(text, start);
        if (found.Exists(m => m.Start < match.Index + match.Length && from < m.End)) return;
        found.Add(new DurationMention(sentence, from, match.Index + match.Length, low * perUnit, value * perUnit, unit, qualifier));
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
