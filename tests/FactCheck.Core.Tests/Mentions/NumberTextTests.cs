using System.Globalization;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>Written numbers read in place, as the string steps they replaced read them.</summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData("1,500", "en", "1500", "100")]
    [InlineData("1,5", "en", "1.5", "0.1")]
    [InlineData("1.500", "fr", "1500", "100")]
    [InlineData("79,5", "fr", "79.5", "0.1")]
    [InlineData("10 000", "fr", "10000", "10000")]
    [InlineData("1,234,567.80", "en", "1234567.80", "0.01")]
    [InlineData(" 107 ", "en", "107", "1")]
    [InlineData("000", "en", "0", "1")]
    public void A_number_is_read_with_the_unit_of_its_last_digit(string written, string language, string value, string unit)
    {
        var parsed = NumberText.Parse(written, Pack(language));

        Assert.Equal(((decimal, decimal)?)(decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(unit, CultureInfo.InvariantCulture)), parsed);
    }

    [Theory]
    [InlineData("1234567890123456")]
    [InlineData("1.2345678901234567")]
    [InlineData("")]
    [InlineData(",")]
    public void Long_runs_and_no_digits_are_no_number(string written)
    {
        Assert.Null(NumberText.Parse(written, Pack("en")));
    }

    /// <summary>Every mix of digits, marks and spaces, short and longer than the stack buffers, reads as the string steps read it.</summary>
    [Fact]
    public void The_reading_in_place_matches_the_string_steps()
    {
        var random = new Random(11);
        const string alphabet = "0123456789,. \u00A0\u202F";
        foreach (var language in new[] { Pack("en"), Pack("fr") })
            for (var n = 0; n < 20_000; n++)
            {
                var length = n % 10 == 0 ? 60 + random.Next(30) : random.Next(20);
                var written = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(n % 3 == 0 ? alphabet.Length : 12)])]);
                // As text: a decimal's trailing zeros ("1.50") are part of what is written out, and equality ignores them.
                Assert.Equal(StringSteps(written, language)?.ToString(), NumberText.Parse(written, language)?.ToString());
            }
    }

    private static LanguagePack Pack(string code) => LanguagePacks.BuiltIn[code]!;

    /// <summary>The string steps of the reading before it was done in place (the digit path), kept as the oracle.</summary>
    private static (decimal Value, decimal Unit)? StringSteps(string written, LanguagePack language)
    {
        var digits = written.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        var (lastComma, lastDot) = (digits.LastIndexOf(','), digits.LastIndexOf('.'));
        char? decimalMark = (lastComma, lastDot) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastComma > lastDot ? ',' : '.',
            (>= 0, _) => Grouping(digits, ',', language.DecimalMark != ',') ? null : ',',
            _ => Grouping(digits, '.', language.DecimalMark != '.') ? null : '.',
        };
        var integerPart = decimalMark is { } mark ? digits[..digits.LastIndexOf(mark)] : digits;
        var fraction = decimalMark is { } m2 ? digits[(digits.LastIndexOf(m2) + 1)..] : "";
        integerPart = integerPart.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (integerPart.Length > 15 || fraction.Length > 15) return null;
        if (!decimal.TryParse(fraction.Length > 0 ? $"{integerPart}.{fraction}" : integerPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        if (fraction.Length > 0) return (value, Power(-fraction.Length));
        var zeros = integerPart.Length - integerPart.TrimEnd('0').Length;
        return (value, integerPart.TrimEnd('0').Length == 0 ? 1 : Power(zeros));
    }

    private static bool Grouping(string digits, char mark, bool single)
    {
        var groups = digits.Split(mark);
        return !groups.Skip(1).Any(g => g.Length != 3) && (groups.Length > 2 || single);
    }

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent > 0 ? result * 10 : result / 10;
        return result;
    }
}
