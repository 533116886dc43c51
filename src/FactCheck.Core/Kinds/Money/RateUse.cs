using System.Globalization;

namespace FactCheck.Kinds.Money;

/// <summary>The exchange rate a claim was converted with, and why that one: shown beside every converted value.</summary>
public sealed record RateUse(string Currency, double PerEuro, int Year, string? Assumption)
{
    /// <summary>The act that fixed an irrevocable rate ("Council Regulation (EC) No 2866/98"); null for an annual average.</summary>
    public string? FixedBy { get; init; }

    /// <summary>
    /// "1 EUR = 1.0824 USD (2024 average)", with the assumption when the date was not declared; "1 EUR = 1.95583 DEM
    /// (irrevocable rate, Council Regulation (EC) No 2866/98)" for a currency the euro replaced.
    /// </summary>
    public override string ToString() => FixedBy is { } act
        ? string.Create(CultureInfo.InvariantCulture, $"1 EUR = {PerEuro} {Currency} (irrevocable rate, {act})")
        : string.Create(CultureInfo.InvariantCulture, $"1 EUR = {PerEuro} {Currency} ({Year} average{(Assumption is null ? "" : "; " + Assumption)})");
}
