using System.Text.RegularExpressions;

namespace FactCheck.Mentions;

/// <summary>
/// Fractions as news writes them: "1/4", "40/64", and a whole number with its fraction, joined by a hyphen or a space
/// ("5-1/4 inch", "31-3/8 dlrs", "6 1/2"). Only the denominators of measures and prices (halves, thirds, quarters, eighths,
/// sixteenths, 32nds, 64ths) make a fraction: "16/26" is a block's number and "4/2/87" a date.
/// </summary>
internal static partial class Fractions
{
    /// <summary>A fraction, as a regex: groups <c>whole</c> (optional), <c>num</c> and <c>den</c>.</summary>
    public const string Pattern = @"(?:(?<whole>\d{1,4})(?:-| (?=\d{1,2}/)))?(?<num>\d{1,2})/(?<den>\d{1,2})(?![\d/])";

    [GeneratedRegex("^" + Pattern + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Whole();

    /// <summary>The value of a fraction as written ("5-1/4" is 5.25) and its precision (a quarter), or null when it is none.</summary>
    public static (decimal Value, decimal Unit)? Parse(string written)
    {
        var match = Whole().Match(written.Trim());
        if (!match.Success) return null;
        var numerator = DecimalDigits.Int(match.Groups["num"].ValueSpan);
        var denominator = DecimalDigits.Int(match.Groups["den"].ValueSpan);
        if (denominator is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || numerator <= 0 || numerator >= denominator) return null;
        var whole = match.Groups["whole"].Success ? DecimalDigits.Int(match.Groups["whole"].ValueSpan) : 0;
        return (whole + ((decimal)numerator / denominator), 1m / denominator);
    }
}
