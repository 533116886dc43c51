using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Place;

/// <summary>Reads place claims: the gazetteer already gave each mention its place, so there is nothing to convert.</summary>
public sealed class PlaceNormalizer : IClaimNormalizer
{
    /// <summary>The one instance.</summary>
    public static readonly PlaceNormalizer Default = new();

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Place;

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context) =>
        claim.Mention is PlaceMention place ? new PlaceClaim(claim, place) : null;
}
