using FactCheck.Binding;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Duration;

/// <summary>Durations as intervals of days: a year is 365.25 days, a month a twelfth of that, so units can be compared.</summary>
public sealed class DurationNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not DurationMention duration) return null;
        var days = duration.Unit switch
        {
            DurationUnit.Year => 365.25,
            DurationUnit.Month => 365.25 / 12,
            DurationUnit.Week => 7,
            _ => 1,
        };
        return new DurationClaim(claim, duration, Intervals.Of((double)duration.Low * days, (double)duration.High * days, 0, duration.Qualifier, rule, rule.ToleranceFor(claim.Subject, claim.Attribute)));
    }
}
