using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>Reads a written number ("1,5", "1,500", "10 000", "79.5", "un", "half a") and the value of its last significant digit.</summary>
internal static partial class NumberText
{
    /// <summary>
    /// A written number: digits grouped by commas, dots or (no-break, narrow no-break) spaces, with decimals. A plain space
    /// groups only before exactly three digits, so "20 000" is one number and "20 2014" two.
    /// </summary>
    public const string DigitPattern = @"(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)";

    private const int MaxDigits = 15;

    [GeneratedRegex(@"[\s\u00A0\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>
    /// The number words that count things ("eight countries", "trois membres"), as a regex alternation that a hyphen may not
    /// follow: the pack's <c>count-words</c> ("one"/"un" are left out there: they are articles far more often).
    /// </summary>
    public static string CountWordPattern(LanguagePack language) => $@"{language.Alternation("count-words")}(?![\p{{L}}-])";

    /// <summary>
    /// The value and the unit of its last significant digit ("100" → 100 and 100; "107" → 107 and 1; "79,5" → 79.5 and 0.1).
    /// A mark followed by exactly three digits groups thousands when it is not the language's decimal mark ("1,500" in
    /// English, "1.500" in French) and is its decimal mark otherwise.
    /// </summary>
    public static (decimal Value, decimal Unit)? Parse(string written, LanguagePack language)
    {
        var text = written.Trim();
        if (text.Length > 0 && char.IsLetter(text[0]) && language.Numbers.TryGetValue(Spaces().Replace(text, " "), out var word)) return (word, word);

        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        char? decimalMark = (lastComma, lastDot) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastComma > lastDot ? ',' : '.',
            (>= 0, _) => IsGrouping(digits, ',', language.DecimalMark != ',') ? null : ',',
            _ => IsGrouping(digits, '.', language.DecimalMark != '.') ? null : '.',
        };
        var integerPart = decimalMark is { } mark ? digits[..digits.LastIndexOf(mark)] : digits;
        var fraction = decimalMark is { } m2 ? digits[(digits.LastIndexOf(m2) + 1)..] : "";
        integerPart = integerPart.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        // Longer digit runs are serial numbers or tables, not amounts, and would overflow a decimal once scaled.
        if (integerPart.Length > MaxDigits || fraction.Length > MaxDigits) return null;
        if (!decimal.TryParse(fraction.Length > 0 ? $"{integerPart}.{fraction}" : integerPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;

        decimal unit;
        if (fraction.Length > 0) unit = Pow10(-fraction.Length);
        else
        {
            var zeros = integerPart.Length - integerPart.TrimEnd('0').Length;
            unit = integerPart.TrimEnd('0').Length == 0 ? 1 : Pow10(zeros);
        }
        return (value, unit);
    }

    private static bool IsGrouping(string digits, char mark, bool singleGroupOfThreeGroups)
    {
        var groups = digits.Split(mark);
        if (groups.Skip(1).Any(g => g.Length != 3)) return false;
        return groups.Length > 2 || singleGroupOfThreeGroups;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent > 0 ? result * 10 : result / 10;
        return result;
    }
}
