using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;

namespace FactCheck.Kinds.Money;

/// <summary>
/// figure-conflict: splits the money claims of each aligned fact into sets of values that agree, and reports a finding when
/// two sources end up on different sides.
/// </summary>
public sealed class FigureConflictCheck(ConflictRule rule) : IComparisonRule
{
    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between the sources of one story, fact by fact.</summary>
    public IEnumerable<Finding> Compare(StoryClaims story)
    {
        // A price per share and a company's value are both money, and never the same figure: each basis is compared apart.
        foreach (var fact in story.Facts.Where(f => f.Kind == ClaimKind.Money))
            foreach (var basis in fact.Claims.Concat(fact.Alternates).OfType<MoneyClaim>().GroupBy(c => c.Money.Per ?? "", StringComparer.Ordinal))
            {
                var groups = Sides.InConflict<MoneyClaim, Group>(Cluster([.. basis], rule.RateBand), (a, b) => a.ComparableWith(b));
                if (groups.Count < 2) continue;
                var values = groups.Select(g => new ValueGroup(Display(g.Members), [.. g.Members.Cast<NormalizedClaim>()])).ToImmutableArray();
                yield return new Finding(rule.Id, Levels.Parse(rule.Level), fact.Subject, fact.Attribute, Sides.Message(fact.Subject, fact.Attribute, values), values) { Fact = fact };
            }
    }

    /// <summary>
    /// Greedy, in source order: a claim joins the first group whose common interval it meets. An amount with no currency
    /// is compared by its number alone, preferring a group that already holds a claim from its own source.
    /// </summary>
    private static List<Group> Cluster(List<MoneyClaim> claims, double rateBand)
    {
        var groups = Sides.Cluster<MoneyClaim, Group>(claims.Where(c => c.Currency is not null), c => new Group(c, rateBand));
        foreach (var claim in claims.Where(c => c.Currency is null))
        {
            var source = claim.SourceId;
            var home = groups.Where(g => g.MeetsNumber(claim.Stated)).OrderByDescending(g => g.Members.Any(m => m.SourceId == source)).FirstOrDefault();
            if (home is null) groups.Add(home = new Group(claim, rateBand));
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
    /// otherwise in that claim's own currency (then only figures in that currency can join). A figure in another currency
    /// than the first's is widened by the rule's rate band: it was converted at a year's average rate, and the writer at
    /// the day's ("€222m (£198m)" in August 2017, when the year's average gives £195m).
    /// </summary>
    private sealed class Group(MoneyClaim first, double rateBand) : Side<MoneyClaim>(RangeIn(first, rateBand))
    {
        private readonly bool inEuros = first.InEuros is not null;
        private readonly string? currency = first.Currency;

        public bool MeetsNumber(ValueRange stated) => Members.Exists(m => m.Stated.Meets(stated));

        public bool ComparableWith(Group other) =>
            (inEuros && other.inEuros) || currency is null || other.currency is null || currency == other.currency;

        /// <remarks>
        /// An amount in the first's own currency is converted at the first's rate: "$11bn" is "$11bn" whatever year each
        /// source's rates are of, and only amounts in two currencies meet through two years' rates.
        /// </remarks>
        private static Func<MoneyClaim, ValueRange?> RangeIn(MoneyClaim first, double rateBand) =>
            first.InEuros is not null
                ? c => c.Currency == first.Currency ? (first.Rate is { } rate ? c.Stated.DividedBy(rate.PerEuro) : c.InEuros)
                    : c.InEuros is not { } euros ? null : new ValueRange(euros.Min * (1 - rateBand), euros.Max * (1 + rateBand))
                : c => c.Currency == first.Currency ? c.Stated : null;
    }
}
