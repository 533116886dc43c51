using System.Globalization;
using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Money;

/// <summary>
/// A money claim as intervals: <see cref="Stated"/> in its own currency (precision and hedges applied),
/// and <see cref="InEuros"/> when the currency could be converted (with the <see cref="Rate"/> used).
/// <see cref="RestatedInEuros"/> is the bracketed conversion of "$100bn (£79.5bn)" in euros, when there is one.
/// </summary>
public sealed record MoneyClaim(Claim Claim, MoneyMention Money, ValueRange Stated, ValueRange? InEuros, RateUse? Rate) : NormalizedClaim(Claim)
{
    /// <summary>ISO 4217, or null when the text gives no currency.</summary>
    public string? Currency => Money.Currency;

    /// <summary>The bracketed restatement's interval in euros, at the same date's rates.</summary>
    public ValueRange? RestatedInEuros { get; init; }

    /// <summary>True when the source has no date and was converted at the declared date of its story's other sources.</summary>
    public bool DatedByStory { get; init; }

    /// <summary>The rate the restatement was converted with.</summary>
    public RateUse? RestatementRate { get; init; }

    /// <inheritdoc/>
    public override (string Scale, double Value)? Magnitude =>
        InEuros is { } euros ? ("EUR", (euros.Min + euros.Max) / 2) : (Currency ?? "", (Stated.Min + Stated.Max) / 2);

    /// <inheritdoc/>
    public override string Display =>
        MoneyFormat.Display(Money) + (Money.Restatement is { } other ? $" ({MoneyFormat.Display(other)})" : "");

    /// <summary>
    /// "≈ €98.9bn at 1 EUR = 1.0824 USD (2024 average)": the figure as written, in euros. Hedges stay with the original. A
    /// currency without a rate says so: it is compared only with figures in its own currency.
    /// </summary>
    public override string? Reading => InEuros is not null && Rate is { } rate && Currency != "EUR"
        ? $"≈ {MoneyFormat.Range(Money.Low / (decimal)rate.PerEuro, Money.High / (decimal)rate.PerEuro, "EUR")} at {rate}"
        : Currency is { } code && InEuros is null ? $"not converted: no exchange rate for {code}" : null;

    /// <summary>The currency, bounds and hedge as read, and the bracketed restatement's: "USD 100000000000 100000000000 Exact".</summary>
    public override string ValueKey => Key(Money) + (Money.Restatement is { } restated ? " = " + Key(restated) : "");

    /// <inheritdoc/>
    public bool Equals(MoneyClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    private static string Key(MoneyMention money) =>
        string.Create(CultureInfo.InvariantCulture, $"{money.Currency ?? "?"} {money.Low:G29} {money.High:G29} {money.Qualifier}");
}
