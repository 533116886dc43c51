using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>Percentages as intervals, with the time they are tied to.</summary>
public sealed class PercentageNormalizer(ConflictRule rule) : IClaimNormalizer
{
    /// <summary>A normalizer with the percentage-conflict rule's tolerances.</summary>
    public static readonly PercentageNormalizer Default = new(ConflictRule.PercentageConflict);

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Percentage;

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context) =>
        claim.Mention is PercentageMention share && share.High <= MoneyNormalizer.TooLarge // beyond it, too large to compare
            ? new PercentageClaim(claim, share, Intervals.Of((double)share.Low, (double)share.High, (double)share.Unit, share.Qualifier, rule)) { Time = Times.Of(share.Time) }
            : null;
}
