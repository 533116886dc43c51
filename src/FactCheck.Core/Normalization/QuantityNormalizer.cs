using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>Counts as intervals, with the time they are tied to.</summary>
public sealed class QuantityNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <summary>A normalizer with the quantity-conflict rule's tolerances.</summary>
    public static readonly QuantityNormalizer Default = new(ConflictRule.QuantityConflict);

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Quantity;

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not QuantityMention count || count.High > MoneyNormalizer.TooLarge) return null; // too large to compare
        // A count written to the unit is exact: half a unit either way would make 31 and 32 touch.
        var unit = count.Unit <= 1 ? 0 : (double)count.Unit;
        var stated = Intervals.Of((double)count.Low, (double)count.High, unit, count.Qualifier, rule);
        return new QuantityClaim(claim, count, stated) { Time = Times.Of(count.Time) };
    }
}
