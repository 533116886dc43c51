using System.Globalization;

namespace FactCheck.Tests.DevSet;

/// <summary>A sum of money or a quantity, as the set gives it or as the tool read it.</summary>
/// <param name="Min">The number as written, or a range's lower end; null for "less than X", "at most X", "nearly X", "up to X".
/// In the tool's reading, its JSON <c>min</c> (null when unbounded).</param>
/// <param name="Max">The number as written, or a range's upper end; null for "more than X", "at least X".</param>
/// <param name="Qualifier">One of <see cref="Qualifiers"/>.</param>
/// <param name="Currency">ISO 4217 code of a sum of money; null when the text names none (and for quantities).</param>
/// <param name="Unit">A quantity's unit of measure or counted noun; null for money.</param>
/// <param name="Amount">The tool's <c>amount</c> (the number it read; a range's middle); the set leaves it null.</param>
internal sealed record AmountReading(decimal? Min, decimal? Max, string Qualifier, string? Currency, string? Unit, decimal? Amount = null) : Reading
{
    /// <summary>The qualifiers of the JSON report contract.</summary>
    public static readonly IReadOnlySet<string> Qualifiers = new HashSet<string>(StringComparer.Ordinal)
        { "exact", "about", "more-than", "at-least", "less-than", "at-most", "up-to" };

    /// <inheritdoc/>
    public override string Describe()
    {
        // The tool's reading: the number it read, then its interval (which its qualifier and tolerance widen).
        var figure = Amount is { } amount ? $"{Number(amount)} [{Number(Min)}..{Number(Max)}]"
            : Min == Max ? Number(Min)
            : $"{Number(Min)}..{Number(Max)}";
        return $"{figure} {Currency ?? Unit ?? "(no currency)"} {Qualifier}";
    }

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.############", CultureInfo.InvariantCulture) : "";
}
