using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Normalization;

/// <summary>Reads each statement for comparison (<see cref="StatementText"/>); a statement with no speaker is kept, as unresolved.</summary>
public sealed class AttributionNormalizer : IClaimNormalizer
{
    /// <summary>The attribution normalizer.</summary>
    public static readonly AttributionNormalizer Default = new();

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Attribution;

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not AttributionMention attribution) return null;
        var speaker = claim.Speaker ?? new Speaker(attribution.Speaker?.Text ?? "(unknown)", SpeakerKind.Unresolved);
        var language = attribution.Sentence.Source.Language;
        return new AttributionClaim(claim, attribution, speaker, StatementText.Read(attribution.Quote, language), language);
    }
}
