using FactCheck.Binding;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Quantity;

/// <summary>Counts as intervals, with the time they are tied to.</summary>
public sealed class QuantityNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not QuantityMention count || count.High > Intervals.TooLarge) return null; // too large to compare
        // A count written to the unit is exact: half a unit either way would make 31 and 32 touch.
        var unit = count.Unit <= 1 ? 0 : (double)count.Unit;
        var stated = Intervals.Of((double)count.Low, (double)count.High, unit, count.Qualifier, rule, rule.ToleranceFor(claim.Subject, claim.Attribute));
        return new QuantityClaim(claim, count, stated) { Time = Times.Of(count.Time) };
    }
}
