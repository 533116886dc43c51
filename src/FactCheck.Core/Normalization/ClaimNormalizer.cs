using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Mentions;

namespace FactCheck.Normalization;

/// <summary>Hands each claim to the normalizer of its kind, keeping the claims' order; each normalized claim keeps its frame.</summary>
public sealed class ClaimNormalizer(FrozenDictionary<ClaimKind, IClaimNormalizer> byKind)
{
    /// <summary>The normalized claims, in order. <paramref name="context"/> gives the dates that undated sources borrow.</summary>
    public ImmutableArray<NormalizedClaim> Normalize(ImmutableArray<FramedClaim> claims, NormalizationContext context)
    {
        // Each claim is normalized on its own (the normalizers keep no state), so the claims are shared out between the
        // cores and put back in their order.
        var normalized = new NormalizedClaim?[claims.Length];
        Parallel.For(0, claims.Length, i =>
            normalized[i] = byKind.TryGetValue(claims[i].Claim.Mention.Kind, out var kind) && kind.Normalize(claims[i].Claim, context) is { } claim
                ? claim with { Frame = claims[i].Frame }
                : null);
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(claims.Length);
        foreach (var claim in normalized)
            if (claim is not null) result.Add(claim);
        return result.ToImmutable();
    }
}
