using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Sources;

namespace FactCheck.Normalization;

/// <summary>Hands each claim to the normalizer of its kind, keeping the claims' order.</summary>
public sealed class ClaimNormalizer(IEnumerable<IClaimNormalizer> kinds)
{
    private readonly FrozenDictionary<Mentions.MentionKind, IClaimNormalizer> byKind = kinds.ToFrozenDictionary(k => k.Kind);

    /// <summary>The normalized claims, in order. <paramref name="sources"/> give the dates that undated sources borrow.</summary>
    public ImmutableArray<NormalizedClaim> Normalize(ImmutableArray<Claim> claims, ImmutableArray<SourceDocument> sources)
    {
        var context = new NormalizationContext(sources);
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(claims.Length);
        foreach (var claim in claims)
            if (byKind.TryGetValue(claim.Mention.Kind, out var kind) && kind.Normalize(claim, context) is { } normalized)
                result.Add(normalized);
        return result.ToImmutable();
    }
}
