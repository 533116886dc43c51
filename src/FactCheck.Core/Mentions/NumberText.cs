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
    public static (decimal Value, decimal Unit)? Parse(string written, LanguagePack language) => Parse(written.AsSpan(), language);

    /// <inheritdoc cref="Parse(string, LanguagePack)"/>
    /// <remarks>
    /// Read in place, character for character as the string steps it replaced did (trim, drop the spaces, split at the
    /// decimal mark, drop the group marks): the money, percentage and quantity readers call it for every figure of every
    /// sentence, and the substrings were some 70 MB over a 30 MB text. Its buffer is not cleared first: each part is read only
    /// as far as it was written.
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static (decimal Value, decimal Unit)? Parse(ReadOnlySpan<char> written, LanguagePack language)
    {
        var text = written.Trim();
        if (text.Length > 0 && char.IsLetter(text[0]) && language.Numbers.TryGetValue(Spaces().Replace(text.ToString(), " "), out var word)) return (word, word);
        // A figure is short: the rare long text gets buffers from the heap.
        var buffer = text.Length < 64 ? stackalloc char[128] : new char[2 * (text.Length + 1)];
        var digitBuffer = buffer[..text.Length];
        var length = 0;
        foreach (var c in text)
            if (c is not (' ' or '\u00A0' or '\u202F')) digitBuffer[length++] = c;
        ReadOnlySpan<char> digits = digitBuffer[..length];
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        var markAt = (lastComma, lastDot) switch
        {
            (< 0, < 0) => -1,
            (>= 0, >= 0) => Math.Max(lastComma, lastDot),
            (>= 0, _) => IsGrouping(digits, ',', language.DecimalMark != ',') ? -1 : lastComma,
            _ => IsGrouping(digits, '.', language.DecimalMark != '.') ? -1 : lastDot,
        };
        var withMarks = markAt >= 0 ? digits[..markAt] : digits;
        var fraction = markAt >= 0 ? digits[(markAt + 1)..] : [];
        var number = buffer[text.Length..];
        var integerLength = 0;
        foreach (var c in withMarks)
            if (c is not (',' or '.')) number[integerLength++] = c;
        // Longer digit runs are serial numbers or tables, not amounts, and would overflow a decimal once scaled.
        if (integerLength > MaxDigits || fraction.Length > MaxDigits) return null;
        var integerPart = number[..integerLength];
        var numberLength = integerLength;
        if (fraction.Length > 0)
        {
            number[numberLength++] = '.';
            fraction.CopyTo(number[numberLength..]);
            numberLength += fraction.Length;
        }
        if (!decimal.TryParse(number[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return (value, UnitOf(integerPart, fraction.Length));
    }

    /// <summary>The unit of the last significant digit: of the decimals if any, else of the last non-zero digit.</summary>
    private static decimal UnitOf(ReadOnlySpan<char> integerPart, int decimals)
    {
        if (decimals > 0) return Pow10(-decimals);
        var significant = integerPart.TrimEnd('0').Length;
        return significant == 0 ? 1 : Pow10(integerPart.Length - significant);
    }

    /// <summary>Every group after a mark has three digits: the marks group thousands (a lone mark only when <paramref name="singleGroupOfThreeGroups"/>).</summary>
    private static bool IsGrouping(ReadOnlySpan<char> digits, char mark, bool singleGroupOfThreeGroups)
    {
        var groups = 1;
        var groupStart = -1;
        for (var i = 0; i <= digits.Length; i++)
        {
            if (i < digits.Length && digits[i] != mark) continue;
            if (groupStart >= 0 && i - groupStart != 3) return false;
            if (i < digits.Length) groups++;
            groupStart = i + 1;
        }
        return groups > 2 || singleGroupOfThreeGroups;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent > 0 ? result * 10 : result / 10;
        return result;
    }
}
