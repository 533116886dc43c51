using System.Collections.Immutable;
using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>One comparison rule: reads the claims it understands and reports what does not agree.</summary>
public interface IComparisonRule
{
    /// <summary>The rule's stable id ("figure-conflict").</summary>
    string Id { get; }

    /// <summary>The findings among <paramref name="claims"/> (every normalized claim of the check, bound or not, in order).</summary>
    IEnumerable<Finding> Compare(ImmutableArray<NormalizedClaim> claims);
}
