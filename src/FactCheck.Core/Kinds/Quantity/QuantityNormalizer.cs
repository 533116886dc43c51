using FactCheck.Binding;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Quantity;

/// <summary>Quantities as intervals, in the base unit of their dimension when they have a unit ("43 miles" and "69 km" meet), with the time they are tied to.</summary>
public sealed class QuantityNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not QuantityMention count || count.High > Intervals.TooLarge) return null; // too large to compare
        // A count written to the unit is exact: half a unit either way would make 31 and 32 touch.
        var unit = count.Precision <= 1 && count.Measure.Unit is null ? 0 : (double)count.Precision;
        var stated = Intervals.Of((double)count.Low, (double)count.High, unit, count.Qualifier, rule, rule.ToleranceFor(claim.Subject, claim.Attribute));
        var measure = count.Measure;
        var inBase = measure.ToBase(stated.Min) is { } min && measure.ToBase(stated.Max) is { } max ? new ValueRange(min, max) : (ValueRange?)null;
        return new QuantityClaim(claim, count, stated, inBase) { Time = Times.Of(count.Time) };
    }
}
