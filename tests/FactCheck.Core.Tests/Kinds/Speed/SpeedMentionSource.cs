using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>
/// Speeds: a number, then a unit. The regex holds shapes only (digits, a word or a symbol); whether the word is a unit
/// is looked up in <see cref="SpeedUnits"/>: its symbols in every language, its words in theirs.
/// </summary>
public sealed partial class SpeedMentionSource : IMentionSource
{
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,4}(?:[.,]\d+)?)[\s\u00A0]?(?<u>km/h|\p{L}+(?:[\s\u00A0]\p{L}+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var found = new List<Mention>();
        foreach (Match match in Figure().Matches(sentence.Text))
        {
            var language = sentence.Source.Language;
            if (SpeedUnits.Longest(match.Groups["u"].Value, language.Code) is not var (unit, perUnit)) continue;
            var number = match.Groups["n"].Value.Replace(language.DecimalMark, '.');
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            var end = match.Groups["u"].Index + unit.Length;
            found.Add(new SpeedMention(sentence, match.Index, end, value, unit, value * perUnit));
        }
        return found;
    }
}
