using System.Collections.Immutable;
using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>Runs every comparison rule over the claims; findings come rule by rule, in the rules' order.</summary>
public sealed class ClaimComparer(ImmutableArray<IComparisonRule> rules)
{
    /// <summary>The rules this comparer runs.</summary>
    public ImmutableArray<IComparisonRule> Rules => rules;

    /// <summary>The findings of every rule.</summary>
    public ImmutableArray<Finding> Compare(ImmutableArray<NormalizedClaim> claims) => [.. rules.SelectMany(r => r.Compare(claims))];
}
