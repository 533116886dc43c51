using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Frames;
using FactCheck.Mentions;
using FactCheck.Sources;

namespace FactCheck.Normalization;

/// <summary>Hands each claim to the normalizer of its kind, keeping the claims' order; each normalized claim keeps its frame.</summary>
public sealed class ClaimNormalizer(FrozenDictionary<ClaimKind, IClaimNormalizer> byKind)
{
    /// <summary>
    /// The normalized claims, in order. <paramref name="context"/> gives the dates that undated sources borrow;
    /// <paramref name="parallel"/> the threads (by default every core; one for a few claims).
    /// </summary>
    public ImmutableArray<NormalizedClaim> Normalize(ImmutableArray<FramedClaim> claims, NormalizationContext context, ParallelOptions? parallel = null)
    {
        // Each claim is normalized on its own (the normalizers keep no state), so the claims are shared out between the
        // cores and put back in their order.
        var normalized = new NormalizedClaim?[claims.Length];
        // A normalizer makes a new claim each time, so the frame is set on it rather than on a copy.
        Cores.Loop(parallel, claims.Length, claims.Length, i =>
            normalized[i] = byKind.TryGetValue(claims[i].Claim.Mention.Kind, out var kind) ? kind.Normalize(claims[i].Claim, context)?.Framed(claims[i].Frame) : null);
        var count = 0;
        foreach (var claim in normalized)
            if (claim is not null) count++;
        // Every claim read (the usual case): the array is the result, not copied into a builder and out of it.
        if (count == claims.Length) return Revised(ImmutableCollectionsMarshal.AsImmutableArray(normalized)!, context);
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(count);
        foreach (var claim in normalized)
            if (claim is not null) result.Add(claim);
        return Revised(result.MoveToImmutable(), context);
    }

    /// <summary>Each source's claims as the kinds that read across a source revise them (see <see cref="ISourceNormalizer"/>).</summary>
    private ImmutableArray<NormalizedClaim> Revised(ImmutableArray<NormalizedClaim> claims, NormalizationContext context)
    {
        var revisers = byKind.Values.OfType<ISourceNormalizer>().ToList();
        if (revisers.Count == 0) return claims;
        // Sources follow one another in the claims' order: each run of one source is revised on its own. A reviser gives back
        // the run it was given when it changes nothing, and the claims are copied only when one changes something.
        NormalizedClaim[]? revised = null;
        for (var i = 0; i < claims.Length;)
        {
            var next = i + 1;
            while (next < claims.Length && claims[next].SourceId == claims[i].SourceId) next++;
            var run = next - i == claims.Length ? claims : ImmutableArray.Create(claims, i, next - i);
            var source = run;
            foreach (var reviser in revisers) source = reviser.Revise(source, context);
            if (source != run) source.CopyTo(revised ??= [.. claims], i);
            i = next;
        }
        return revised is null ? claims : ImmutableCollectionsMarshal.AsImmutableArray(revised);
    }
}
