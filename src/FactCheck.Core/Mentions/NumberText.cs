using System.Globalization;

namespace FactCheck.Mentions;

/// <summary>Reads a written number ("1,5", "1,500", "10 000", "79.5", "un") and the value of its last significant digit.</summary>
internal static class NumberText
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["un"] = 1, ["une"] = 1, ["two"] = 2, ["deux"] = 2, ["three"] = 3, ["trois"] = 3,
        ["four"] = 4, ["quatre"] = 4, ["five"] = 5, ["cinq"] = 5, ["six"] = 6, ["seven"] = 7, ["sept"] = 7, ["eight"] = 8, ["huit"] = 8,
        ["nine"] = 9, ["neuf"] = 9, ["ten"] = 10, ["dix"] = 10, ["eleven"] = 11, ["onze"] = 11, ["twelve"] = 12, ["douze"] = 12,
        ["thirteen"] = 13, ["treize"] = 13, ["fourteen"] = 14, ["quatorze"] = 14, ["fifteen"] = 15, ["quinze"] = 15, ["sixteen"] = 16,
        ["seize"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["vingt"] = 20, ["thirty"] = 30,
        ["trente"] = 30, ["forty"] = 40, ["quarante"] = 40, ["fifty"] = 50, ["cinquante"] = 50, ["sixty"] = 60, ["soixante"] = 60,
        ["hundred"] = 100, ["cent"] = 100,
    };

    /// <summary>
    /// A written number: digits grouped by commas, dots or (no-break, narrow no-break) spaces, with decimals. A plain space
    /// groups only before exactly three digits, so "20 000" is one number and "20 2014" two.
    /// </summary>
    public const string DigitPattern = @"(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)";

    /// <summary>The number words that count things ("eight countries", "trois membres"); "one"/"un" are left out: they are articles far more often.</summary>
    public const string CountWordPattern = @"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-])";

    private const int MaxDigits = 15;

    /// <summary>The regex alternation of the number words accepted before a scale word.</summary>
    public const string WordPattern = @"(?:half[\s\u00A0]+a|an|a|one|une|un|two|deux|three|trois|four|quatre|five|cinq|six|seven|sept|eight|huit|nine|neuf|ten|dix)";

    /// <summary>
    /// The value and the unit of its last significant digit ("100" → 100 and 100; "107" → 107 and 1; "79,5" → 79.5 and 0.1).
    /// A comma followed by exactly three digits groups thousands in English and is a decimal comma in French.
    /// </summary>
    public static (decimal Value, decimal Unit)? Parse(string written, string language)
    {
        var text = written.Trim();
        if (text.StartsWith("half", StringComparison.OrdinalIgnoreCase)) return (0.5m, 0.5m);
        if (Words.TryGetValue(text, out var word)) return (word, word);

        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        char? decimalMark = (lastComma, lastDot) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastComma > lastDot ? ',' : '.',
            (>= 0, _) => IsGrouping(digits, ',', language == "en") ? null : ',',
            _ => IsGrouping(digits, '.', language == "fr") ? null : '.',
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
