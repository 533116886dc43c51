namespace FactCheck.Kinds.Money;

/// <summary>
/// What a price may carry after its number: the second end of a quote written to the same decimals ("145.85/90"), or a
/// fraction in eighths, sixteenths... ("28-1/8", "20 3/4 cents"), as wire copy wrote share and commodity prices.
/// </summary>
internal static class PriceTail
{
    /// <summary>"/90" after "145.85" (the same number of decimals), "-1/8" or " 3/4" after a whole number: what it adds, and where it ends.</summary>
    public static (decimal Tail, int End)? After(string text, int end, int decimals)
    {
        if (end + 2 >= text.Length) return null;
        var i = end + 1;
        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (decimals > 0 && text[end] == '/' && digits - i == decimals && (digits >= text.Length || !char.IsLetterOrDigit(text[digits])))
            return (decimal.Parse(text.AsSpan(i, digits - i), provider: System.Globalization.CultureInfo.InvariantCulture) / Pow10(decimals), digits);
        if (decimals > 0 || text[end] is not ('-' or ' ') || digits - i is < 1 or > 2 || digits + 1 >= text.Length || text[digits] != '/') return null;
        var over = digits + 1;
        var overEnd = over;
        while (overEnd < text.Length && char.IsAsciiDigit(text[overEnd])) overEnd++;
        if (overEnd == over || overEnd - over > 2 || (overEnd < text.Length && (char.IsLetterOrDigit(text[overEnd]) || text[overEnd] is '/' or '%'))) return null;
        var (numerator, denominator) = (int.Parse(text.AsSpan(i, digits - i), provider: System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(over, overEnd - over), provider: System.Globalization.CultureInfo.InvariantCulture));
        return denominator is 2 or 4 or 8 or 16 or 32 or 64 && numerator < denominator ? ((decimal)numerator / denominator, overEnd) : null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
