using System.Globalization;

namespace FactCheck.Kinds.Money;

/// <summary>The exchange rate a claim was converted with, and why that one: shown beside every converted value.</summary>
public sealed record RateUse(string Currency, double PerEuro, int Year, string? Assumption)
{
    /// <summary>"1 EUR = 1.0824 USD (2024 average)", with the assumption when the date was not declared.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"1 EUR = {PerEuro} {Currency} ({Year} average{(Assumption is null ? "" : "; " + Assumption)})");
}
