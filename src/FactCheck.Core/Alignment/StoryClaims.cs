using System.Collections.Immutable;
using FactCheck.Normalization;
using FactCheck.Stories;

namespace FactCheck.Alignment;

/// <summary>The claims of one story, and the facts alignment found among them: what comparison compares, story by story.</summary>
public sealed record StoryClaims(Story Story, ImmutableArray<NormalizedClaim> Claims, ImmutableArray<Fact> Facts);
