using System.Collections.Immutable;
using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>Claims that agree with each other (after conversion and rounding): one side of a finding.</summary>
public sealed record ValueGroup(string Display, ImmutableArray<NormalizedClaim> Claims);
