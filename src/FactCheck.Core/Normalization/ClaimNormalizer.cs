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
        return Revised(result.ToImmutable(), context);
    }

    /// <summary>Each source's claims as the kinds that read across a source revise them (see <see cref="ISourceNormalizer"/>).</summary>
    private ImmutableArray<NormalizedClaim> Revised(ImmutableArray<NormalizedClaim> claims, NormalizationContext context)
    {
        var revisers = byKind.Values.OfType<ISourceNormalizer>().ToList();
        if (revisers.Count == 0) return claims;
        // Sources follow one another in the claims' order: each run of one source is revised on its own, in place.
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(claims.Length);
        for (var i = 0; i < claims.Length;)
        {
            var next = i + 1;
            while (next < claims.Length && claims[next].SourceId == claims[i].SourceId) next++;
            var source = claims[i..next];
            foreach (var reviser in revisers) source = reviser.Revise(source, context);
            result.AddRange(source);
            i = next;
        }
        return result.MoveToImmutable();
    }
}
