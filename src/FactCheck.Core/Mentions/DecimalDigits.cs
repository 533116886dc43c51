using System.Buffers;
using System.Globalization;

namespace FactCheck.Mentions;

/// <summary>
/// Reads a run of digits that a regex's <c>\d</c> matched. <c>\d</c> matches the decimal digits of every script
/// (Arabic-Indic "٢٠٢٤", Devanagari "२०२४", fullwidth "２０２４"), which <c>int.Parse</c> refuses; they are read here on
/// purpose, each by its Unicode digit value.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>
    /// Every character <c>\d</c> matches (<see cref="char.IsDigit(char)"/>): ASCII ones are looked for vectorized, the other
    /// scripts' past them.
    /// </summary>
    public static readonly SearchValues<char> All = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    /// <summary>The value of <paramref name="digits"/> (decimal digits of any one script), or <see cref="int.MaxValue"/> when it is too large for one.</summary>
    public static int Int(ReadOnlySpan<char> digits)
    {
        var value = 0L;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0) continue; // a surrogate half of a digit outside the BMP; its other half carries no value either
            value = (value * 10) + digit;
            if (value > int.MaxValue) return int.MaxValue;
        }
        return (int)value;
    }
}
