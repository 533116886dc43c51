using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Rules;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The comparison of a date fact by what a date that cannot be placed still pins down (a weekday, a day of the year): the
/// fact's claims grouped by that, and a finding when a group holding such a date differs from a group of another source.
/// </summary>
internal static class PinnedConflicts
{
    /// <summary>The finding, or null when the pinned values agree (or no date of the fact is unplaced).</summary>
    public static Finding? Of<T>(Fact fact, ConflictRule rule, Func<DateClaim, T?> pin, Func<List<DateClaim>, string> display) where T : struct
    {
        var pinned = fact.Claims.OfType<DateClaim>().Select(c => (Claim: c, Value: pin(c))).Where(p => p.Value is not null).ToList();
        if (!pinned.Exists(p => p.Claim.IsUnresolved)) return null;
        var groups = pinned.GroupBy(p => p.Value!.Value).Select(g => g.Select(p => p.Claim).ToList()).ToList();
        // Only dates that cannot be placed are new here: placed dates that differ are the range comparison's.
        var disagree = groups.Exists(g => g.Exists(c => c.IsUnresolved)
            && groups.Exists(o => !ReferenceEquals(o, g) && o.Exists(c => !g.Exists(m => m.SourceId == c.SourceId))));
        if (groups.Count < 2 || !disagree) return null;
        var values = groups.Select(g => new ValueGroup(display(g), [.. g])).ToImmutableArray();
        return new Finding(rule.Id, Levels.Parse(rule.Level), fact.Subject, fact.Attribute, Sides.Message(fact.Subject, fact.Attribute, values), values) { Fact = fact };
    }
}
