using FactCheck.Binding;

namespace FactCheck.Normalization;

/// <summary>
/// A claim with its value as an interval: <see cref="Stated"/> in its own currency (precision and hedges applied),
/// and <see cref="InEuros"/> when the currency could be converted (with the <see cref="Rate"/> used).
/// </summary>
public sealed record NormalizedClaim(Claim Claim, ValueRange Stated, string? Currency, ValueRange? InEuros, RateUse? Rate);
