using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Comparison;

/// <summary>
/// quantity-conflict, percentage-conflict, duration-conflict and date-conflict: the interval logic of money for the
/// kinds whose values lie on one scale. The claims of each aligned fact are split into sides that agree, and a finding is
/// reported when two sources end up on different sides. Claims that cannot be placed (a relative date in an undated
/// source) and figures tied to different times are never compared.
/// </summary>
public sealed class RangeConflictCheck(ConflictRule rule, ClaimKind kind) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between the sources of one story, fact by fact.</summary>
    public IEnumerable<Finding> Compare(StoryClaims story)
    {
        foreach (var fact in story.Facts.Where(f => f.Kind == kind))
        {
            var ranged = fact.Claims.Concat(fact.Alternates).OfType<RangedClaim>().Where(c => c.Range is not null);
            // Figures tied to different times ("in 2014", "this year") are about different things, even within one fact.
            foreach (var time in ranged.GroupBy(c => c.Time?.Key ?? "", StringComparer.Ordinal))
            {
                var sides = Sides.InConflict<RangedClaim, Side<RangedClaim>>(
                    Sides.Cluster<RangedClaim, Side<RangedClaim>>(time, _ => new Side<RangedClaim>(c => c.Range)), (_, _) => true);
                if (sides.Count < 2) continue;
                var values = sides.Select(s => new ValueGroup(Display(s.Members), [.. s.Members])).ToImmutableArray();
                yield return new Finding(rule.Id, Levels.Parse(rule.Level), fact.Subject, fact.Attribute,
                    Sides.Message(fact.Subject, fact.Attribute, values, time.First().Time?.Display), values) { Fact = fact };
            }
        }
    }

    /// <summary>The side's name: the value most of its claims write, the most precise first ("9 July 2024" over "July 2024").</summary>
    private static string Display(List<RangedClaim> members) =>
        members.GroupBy(m => m.Display)
            .OrderBy(g => g.Min(m => m.Range!.Value.Max - m.Range!.Value.Min))
            .ThenByDescending(g => g.Count())
            .First().Key;
}
