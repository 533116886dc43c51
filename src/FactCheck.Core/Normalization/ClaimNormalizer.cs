using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Sources;

namespace FactCheck.Normalization;

/// <summary>Hands each claim to the normalizer of its kind, keeping the claims' order.</summary>
public sealed class ClaimNormalizer(FrozenDictionary<ClaimKind, IClaimNormalizer> byKind)
{
    /// <summary>The normalized claims, in order. <paramref name="sources"/> give the dates that undated sources borrow.</summary>
    public ImmutableArray<NormalizedClaim> Normalize(ImmutableArray<Claim> claims, ImmutableArray<SourceDocument> sources)
    {
        var context = new NormalizationContext(sources);
        // Each claim is normalized on its own (the normalizers keep no state), so the claims are shared out between the
        // cores and put back in their order.
        var normalized = new NormalizedClaim?[claims.Length];
        Parallel.For(0, claims.Length, i =>
            normalized[i] = byKind.TryGetValue(claims[i].Mention.Kind, out var kind) ? kind.Normalize(claims[i], context) : null);
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(claims.Length);
        foreach (var claim in normalized)
            if (claim is not null) result.Add(claim);
        return result.ToImmutable();
    }
}
