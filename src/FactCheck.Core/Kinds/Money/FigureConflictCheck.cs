using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Money;

/// <summary>
/// figure-conflict: groups bound money claims by subject and attribute, splits each group into sets of values that agree,
/// and reports a finding when two sources end up on different sides.
/// </summary>
public sealed class FigureConflictCheck(ConflictRule rule) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between sources, ordered by subject and attribute.</summary>
    public IEnumerable<Finding> Compare(ImmutableArray<NormalizedClaim> claims)
    {
        var findings = new List<Finding>();
        // A price per share and a company's value are both money, and never the same figure: each basis is compared apart.
        foreach (var subject in Sides.BySubject(claims.OfType<MoneyClaim>(), c => c.Money.Per ?? ""))
        {
            var groups = Sides.InConflict<MoneyClaim, Group>(Cluster([.. subject]), (a, b) => a.ComparableWith(b));
            if (groups.Count < 2) continue;
            var values = groups.Select(g => new ValueGroup(Display(g.Members), [.. g.Members.Cast<NormalizedClaim>()])).ToImmutableArray();
            findings.Add(new Finding(rule.Id, Levels.Parse(rule.Level), subject.Key.Subject, subject.Key.Attribute, Sides.Message(subject.Key.Subject, subject.Key.Attribute, values), values));
        }
        return findings;
    }

    /// <summary>
    /// Greedy, in source order: a claim joins the first group whose common interval it meets. An amount with no currency
    /// is compared by its number alone, preferring a group that already holds a claim from its own source.
    /// </summary>
    private static List<Group> Cluster(List<MoneyClaim> claims)
    {
        var groups = Sides.Cluster<MoneyClaim, Group>(claims.Where(c => c.Currency is not null), c => new Group(c));
        foreach (var claim in claims.Where(c => c.Currency is null))
        {
            var source = claim.SourceId;
            var home = groups.Where(g => g.MeetsNumber(claim.Stated)).OrderByDescending(g => g.Members.Any(m => m.SourceId == source)).FirstOrDefault();
            if (home is null) groups.Add(home = new Group(claim));
            home.Add(claim);
        }
        return groups;
    }

    /// <summary>The side's name: the figure most of its claims write, preferring unhedged ones ("€20bn" over "about £17bn").</summary>
    private static string Display(List<MoneyClaim> members) =>
        members.Select(m => m.Money)
            .GroupBy(MoneyFormat.Display)
            .OrderByDescending(g => g.Any(m => m.Qualifier == Qualifier.Exact && m.Currency is not null))
            .ThenByDescending(g => g.Count())
            .First().Key;

    /// <summary>
    /// The claims of one side and the interval they all share: in euros when its first claim could be converted,
    /// otherwise in that claim's own currency (then only figures in that currency can join).
    /// </summary>
    private sealed class Group(MoneyClaim first) : Side<MoneyClaim>(RangeIn(first))
    {
        private readonly bool inEuros = first.InEuros is not null;
        private readonly string? currency = first.Currency;

        public bool MeetsNumber(ValueRange stated) => Members.Exists(m => m.Stated.Meets(stated));

        public bool ComparableWith(Group other) =>
            (inEuros && other.inEuros) || currency is null || other.currency is null || currency == other.currency;

        private static Func<MoneyClaim, ValueRange?> RangeIn(MoneyClaim first) =>
            first.InEuros is not null ? c => c.InEuros : c => c.Currency == first.Currency ? c.Stated : null;
    }
}
