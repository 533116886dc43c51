using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Comparison;

/// <summary>
/// quantity-conflict, percentage-conflict, duration-conflict and date-conflict: the interval logic of money for the
/// kinds whose values lie on one scale. Claims of one subject, attribute and time are split into sides that agree, and a
/// finding is reported when two sources end up on different sides. Claims that cannot be placed (a relative date in an
/// undated source) and figures tied to different times are never compared.
/// </summary>
public sealed class RangeConflictCheck(ConflictRule rule, ClaimKind kind) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between sources, ordered by subject, attribute and time.</summary>
    public IEnumerable<Finding> Compare(ImmutableArray<NormalizedClaim> claims)
    {
        var ranged = claims.OfType<RangedClaim>().Where(c => c.Claim.Mention.Kind == kind && c.Range is not null);
        foreach (var subject in Sides.BySubject(ranged, c => c.Time?.Key ?? ""))
        {
            var sides = Sides.InConflict<RangedClaim, Side<RangedClaim>>(
                Sides.Cluster<RangedClaim, Side<RangedClaim>>(subject, _ => new Side<RangedClaim>(c => c.Range)), (_, _) => true);
            if (sides.Count < 2) continue;
            var values = sides.Select(s => new ValueGroup(Display(s.Members), [.. s.Members])).ToImmutableArray();
            var time = subject.First().Time?.Display;
            yield return new Finding(rule.Id, Levels.Parse(rule.Level), subject.Key.Subject, subject.Key.Attribute,
                Sides.Message(subject.Key.Subject, subject.Key.Attribute, values, time), values);
        }
    }

    /// <summary>The side's name: the value most of its claims write, the most precise first ("9 July 2024" over "July 2024").</summary>
    private static string Display(List<RangedClaim> members) =>
        members.GroupBy(m => m.Display)
            .OrderBy(g => g.Min(m => m.Range!.Value.Max - m.Range!.Value.Min))
            .ThenByDescending(g => g.Count())
            .First().Key;
}
