using FactCheck.Binding;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Percentage;

/// <summary>Percentages as intervals, with the time they are tied to.</summary>
public sealed class PercentageNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context) =>
        claim.Mention is PercentageMention share && share.High <= Intervals.TooLarge // beyond it, too large to compare
            ? new PercentageClaim(claim, share, Intervals.Of((double)share.Low, (double)share.High, (double)share.Unit, share.Qualifier, rule, rule.ToleranceFor(claim.Subject, claim.Attribute))) { Time = Times.Of(share.Time) }
            : null;
}
