using FactCheck.Binding;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Place;

/// <summary>Reads place claims: the gazetteer already gave each mention its place, so there is nothing to convert.</summary>
public sealed class PlaceNormalizer : IClaimNormalizer
{
    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context) =>
        claim.Mention is PlaceMention place ? new PlaceClaim(claim, place) : null;
}
