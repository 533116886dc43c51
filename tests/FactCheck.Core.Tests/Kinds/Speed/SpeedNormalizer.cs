using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>Speeds as intervals of km/h, read to the precision they are written in, widened by a subject's tolerance.</summary>
public sealed class SpeedNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not SpeedMention speed) return null;
        var perUnit = (double)(speed.KilometresPerHour / speed.Value);
        var digit = (double)(speed.Value % 1 == 0 ? 1m : 0.1m) * perUnit;
        var kmh = (double)speed.KilometresPerHour;
        return new SpeedClaim(claim, speed, Intervals.Of(kmh, kmh, digit, Qualifier.Exact, rule, rule.ToleranceFor(claim.Subject, claim.Attribute)));
    }
}
