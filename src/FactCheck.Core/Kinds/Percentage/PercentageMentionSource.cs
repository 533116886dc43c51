using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Percentage;

/// <summary>
/// Percentages in English and French: "2%", "2 % du PIB" (with a no-break space), "2.5 per cent", "2 pour cent", "12 pct",
/// ranges ("2-3%", "between 2 and 3 per cent", "entre 2 et 3 %"), hedges ("about 2%", "près de 3 %"), and the date the
/// figure is tied to ("20% this year"). The regex starts on a digit; the first half of a range is read behind it.
/// </summary>
public sealed partial class PercentageMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = NumberText.DigitPattern;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
    // Source-generated: compiling these at run time cost more start-up than it saved, and the interpreter was slower.
    private const RegexOptions Windowed = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(
        $@"(?<![\p{{L}}\d.,])(?<num>{Num}){S}*(?:%|(?:per{S}?cent|percent|pct|pour{S}+cent)(?![\p{{L}}]))", Options)]
    private static partial Regex Percent { get; }

    [GeneratedRegex(
        $@"(?<![\p{{L}}\d.,])(?:(?<rangeword>between|entre){S}+)?(?<n1>{Num}){S}*%?{S}*(?<conn>-|–|to|à|and|et){S}*$", Windowed | RegexOptions.RightToLeft)]
    private static partial Regex RangeBehind { get; }

    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?:by|up|down|from|rose|rises|rising|fell|falls|falling|gained|gains|lost|grew|grows|jumped|dropped|climbed|declined|increased|decreased|slipped|eased|surged|plunged|cut|cutting|cuts|raised|raising|lowered|lowering|reduced|reducing|"
        + $@"(?:rise|fall|increase|decrease|drop|decline|gain|growth|jump|cut|hike|surge)s?(?:{S}+of)?|hausse{S}+de|baisse{S}+de|augmenté{S}+de|baissé{S}+de|progressé{S}+de|reculé{S}+de|"
        + $@"augmentation{S}+de|diminution{S}+de|progression{S}+de|recul{S}+de|croissance{S}+de|chuté{S}+de|grimpé{S}+de|bondi{S}+de|de{S}+plus|de{S}+moins|"
        + $@"percentage{S}+points?){S}*$", Windowed | RegexOptions.RightToLeft)]
    private static partial Regex ChangeBehind { get; }

    /// <summary>A goal rather than a level: "the 2% target", "l'objectif de 2 %" is what a rate should be, not what it is.</summary>
    [GeneratedRegex(
        $@"^{S}*(?:target|goal|objective|ceiling|cap|limit|threshold|objectif|cible|plafond|seuil)(?![\p{{L}}])", Windowed)]
    private static partial Regex TargetAround { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 || (!text.Contains('%') && !text.Contains("cent", StringComparison.OrdinalIgnoreCase) && !text.Contains("pct", StringComparison.OrdinalIgnoreCase)))
            return [];
        var language = sentence.Source.Language;
        var found = new List<(int Start, int End, decimal Low, decimal High, decimal Unit, Qualifier Qualifier, bool IsChange)>();
        foreach (Match match in Percent.Matches(text))
        {
            if (NumberText.Parse(match.Groups["num"].Value, language) is not var (value, unit)) continue;
            var (low, start) = (value, match.Index);
            var from = Math.Max(0, start - 30);
            var range = RangeBehind.Match(text, from, start - from);
            var isRange = range.Success && (range.Groups["rangeword"].Success || range.Groups["conn"].Value.ToLowerInvariant() is not ("and" or "et"));
            if (isRange && NumberText.Parse(range.Groups["n1"].Value, language) is var (first, _) && first < value)
            {
                (low, start) = (first, range.Index);
                found.RemoveAll(f => f.Start >= start); // "2% to 3%": the first half was read as a figure of its own
            }
            var (qualifier, hedgeStart) = low == value ? FigureContext.Hedge(text, start) : (Qualifier.Exact, start);
            var before = Math.Max(0, hedgeStart - 30);
            var after = text.AsSpan(match.Index + match.Length);
            var isChange = ChangeBehind.IsMatch(text.AsSpan(before, hedgeStart - before)) || after.TrimStart().StartsWith("point", StringComparison.OrdinalIgnoreCase)
                || TargetAround.IsMatch(after) || text.AsSpan(before, hedgeStart - before).TrimEnd().EndsWith("objectif de", StringComparison.OrdinalIgnoreCase);
            found.Add((hedgeStart, match.Index + match.Length, low, value, unit, qualifier, isChange));
        }
        if (found.Count == 0) return [];
        var spans = found.Select(f => (f.Start, f.End)).ToList();
        var dates = FigureContext.DatesIn(sentence);
        return [.. found.Select(f => new PercentageMention(sentence, f.Start, f.End, f.Low, f.High, f.Unit, f.Qualifier, FigureContext.TimeOf(sentence, f.Start, f.End, spans, dates), f.IsChange))];
    }
}
