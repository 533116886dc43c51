using FactCheck.Binding;

namespace FactCheck.Normalization;

/// <summary>
/// A claim with its value as an interval: <see cref="Stated"/> in its own currency (precision and hedges applied),
/// and <see cref="InEuros"/> when the currency could be converted (with the <see cref="Rate"/> used).
/// <see cref="RestatedInEuros"/> is the bracketed conversion of "$100bn (£79.5bn)" in euros, when there is one.
/// </summary>
public sealed record NormalizedClaim(Claim Claim, ValueRange Stated, string? Currency, ValueRange? InEuros, RateUse? Rate)
{
    /// <summary>The bracketed restatement's interval in euros, at the same date's rates.</summary>
    public ValueRange? RestatedInEuros { get; init; }

    /// <summary>The rate the restatement was converted with.</summary>
    public RateUse? RestatementRate { get; init; }
}
