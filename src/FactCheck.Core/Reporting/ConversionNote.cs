using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>The conversion a claim was compared through, as reports print it beside the claim.</summary>
public static class ConversionNote
{
    /// <summary>
    /// "≈ €20.1bn at 1 EUR = 0.8466 GBP (2024 average)" for money converted to euros; null when nothing was converted
    /// (an amount in euros, a currency without a rate, or a claim of another kind). Hedges stay with the figure as written.
    /// </summary>
    public static string? Of(ReportClaim claim) =>
        claim.Value is { InEuros: not null, Rate: { } rate } && claim.Value.Claim.Mention is MoneyMention { Currency: not "EUR" } money
            ? $"≈ {MoneyFormat.Range(money.Low / (decimal)rate.PerEuro, money.High / (decimal)rate.PerEuro, "EUR")} at {rate}"
            : null;
}
