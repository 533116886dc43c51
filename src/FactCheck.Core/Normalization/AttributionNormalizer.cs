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
        // Only a statement with a speaker is compared: the others are shown, and need not be read for comparison.
        var text = claim.IsBound ? StatementText.Read(attribution.Quote, language) : StatementText.Empty;
        return new AttributionClaim(claim, attribution, speaker, text, language);
    }
}
