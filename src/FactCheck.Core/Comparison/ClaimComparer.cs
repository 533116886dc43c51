using System.Collections.Immutable;
using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>Runs every comparison rule over the claims; findings come rule by rule, in the rules' order.</summary>
public sealed class ClaimComparer(ImmutableArray<IComparisonRule> rules)
{
    /// <summary>The rules this comparer runs.</summary>
    public ImmutableArray<IComparisonRule> Rules => rules;

    /// <summary>
    /// The findings of every rule, in the rules' order. The rules share nothing but the claims they read, so they run side
    /// by side: on a big set the attribution rule alone takes most of the stage, and the others run beside it.
    /// </summary>
    public ImmutableArray<Finding> Compare(ImmutableArray<NormalizedClaim> claims)
    {
        var perRule = new IReadOnlyList<Finding>[rules.Length];
        Parallel.For(0, rules.Length, i => perRule[i] = [.. rules[i].Compare(claims)]);
        return [.. perRule.SelectMany(findings => findings)];
    }
}
