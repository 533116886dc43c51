using System.Text.RegularExpressions;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// Percentages in English and French: "2%", "2 % du PIB" (with a no-break space), "2.5 per cent", "2 pour cent", "12 pct",
/// ranges ("2-3%", "between 2 and 3 per cent", "entre 2 et 3 %"), hedges ("about 2%", "près de 3 %"), and the date the
/// figure is tied to ("20% this year").
/// </summary>
internal sealed class PercentageMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Num = NumberText.DigitPattern;

    private static readonly Regex Percent = new(
        $@"(?<![\p{{L}}\d.,])(?:(?:(?<rangeword>between|entre){S}+)?(?<n1>{Num}){S}*%?{S}*(?<conn>-|–|to|à|and|et){S}*)?(?<num>{Num}){S}*(?:%|(?:per{S}?cent|percent|pct|pour{S}+cent)(?![\p{{L}}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        if (!text.Contains('%') && !text.Contains("cent", StringComparison.OrdinalIgnoreCase) && !text.Contains("pct", StringComparison.OrdinalIgnoreCase))
            return [];
        var language = sentence.Source.Language;
        var found = new List<(int Start, int End, decimal Low, decimal High, decimal Unit, Qualifier Qualifier)>();
        foreach (Match match in Percent.Matches(text))
        {
            if (NumberText.Parse(match.Groups["num"].Value, language) is not var (value, unit)) continue;
            var (low, start) = (value, match.Groups["num"].Index);
            var isRange = match.Groups["n1"].Success && (match.Groups["rangeword"].Success || match.Groups["conn"].Value is not ("and" or "et" or "AND" or "ET"));
            if (isRange && NumberText.Parse(match.Groups["n1"].Value, language) is var (first, _) && first < value)
                (low, start) = (first, match.Groups["rangeword"].Success ? match.Groups["rangeword"].Index : match.Groups["n1"].Index);
            var (qualifier, hedgeStart) = low == value ? FigureContext.Hedge(text, start) : (Qualifier.Exact, start);
            found.Add((hedgeStart, match.Index + match.Length, low, value, unit, qualifier));
        }
        var spans = found.Select(f => (f.Start, f.End)).ToList();
        return [.. found.Select(f => new PercentageMention(sentence, f.Start, f.End, f.Low, f.High, f.Unit, f.Qualifier, FigureContext.TimeOf(sentence, f.Start, f.End, spans)))];
    }
}
