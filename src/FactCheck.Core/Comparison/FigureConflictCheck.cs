using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Rules;
using FactCheck.Sources;

namespace FactCheck.Comparison;

/// <summary>
/// figure-conflict: groups bound money claims by subject and attribute, splits each group into sets of values that agree,
/// and reports a finding when two sources end up on different sides.
/// </summary>
public sealed class FigureConflictCheck(ConflictRule rule) : IComparisonRule
{
    /// <summary>The built-in figure-conflict rule.</summary>
    public static readonly FigureConflictCheck Default = new(ConflictRule.FigureConflict);

    /// <inheritdoc/>
    public string Id => rule.Id;

    /// <summary>The conflicts between sources, ordered by subject and attribute.</summary>
    public IEnumerable<Finding> Compare(ImmutableArray<NormalizedClaim> claims)
    {
        var findings = new List<Finding>();
        var bySubject = claims.OfType<MoneyClaim>().Where(c => c.Claim.IsBound)
            .GroupBy(c => (c.Claim.Subject!, c.Claim.Attribute!))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal);
        foreach (var subject in bySubject)
        {
            var groups = InConflict(Cluster([.. subject]));
            if (groups.Count < 2) continue;
            var values = groups.Select(g => new ValueGroup(Display(g.Members), [.. g.Members.Cast<NormalizedClaim>()])).ToImmutableArray();
            findings.Add(new Finding(rule.Id, Levels.Parse(rule.Level), subject.Key.Item1, subject.Key.Item2, Message(subject.Key.Item1, subject.Key.Item2, values), values));
        }
        return findings;
    }

    /// <summary>
    /// Greedy, in source order: a claim joins the first group whose common interval it meets. An amount with no currency
    /// is compared by its number alone, preferring a group that already holds a claim from its own source.
    /// </summary>
    private static List<Group> Cluster(List<MoneyClaim> claims)
    {
        var groups = new List<Group>();
        foreach (var claim in claims.Where(c => c.Currency is not null))
        {
            var home = groups.FirstOrDefault(g => g.Accepts(claim));
            if (home is null) groups.Add(home = new Group(claim));
            home.Add(claim);
        }
        foreach (var claim in claims.Where(c => c.Currency is null))
        {
            var source = claim.Claim.Mention.Sentence.Source.Id;
            var home = groups.Where(g => g.MeetsNumber(claim.Stated)).OrderByDescending(g => g.Members.Any(m => m.Claim.Mention.Sentence.Source.Id == source)).FirstOrDefault();
            if (home is null) groups.Add(home = new Group(claim));
            home.Add(claim);
        }
        return groups;
    }

    /// <summary>
    /// The groups that disagree with another group that can be compared with them (both in euros, or in one currency,
    /// or one of them with no currency) and whose claims come from a different source: one source contradicting itself
    /// is not a disagreement between sources, and a currency without a rate cannot be compared with another.
    /// A draft is the exception: a draft stating two values that cannot both be true contradicts itself.
    /// </summary>
    private static List<Group> InConflict(List<Group> groups)
    {
        var conflicting = new HashSet<Group>();
        for (var i = 0; i < groups.Count; i++)
            for (var j = i + 1; j < groups.Count; j++)
                if (groups[i].ComparableWith(groups[j]) && (!groups[i].Sources.SetEquals(groups[j].Sources) || groups[i].Drafts.Overlaps(groups[j].Drafts)))
                    conflicting.UnionWith([groups[i], groups[j]]);
        return [.. groups.Where(conflicting.Contains)];
    }

    /// <summary>The side's name: the figure most of its claims write, preferring unhedged ones ("€20bn" over "about £17bn").</summary>
    private static string Display(List<MoneyClaim> members) =>
        members.Select(m => m.Money)
            .GroupBy(MoneyFormat.Display)
            .OrderByDescending(g => g.Any(m => m.Qualifier == Qualifier.Exact && m.Currency is not null))
            .ThenByDescending(g => g.Count())
            .First().Key;

    private static string Message(string subject, string attribute, ImmutableArray<ValueGroup> values) =>
        string.Create(CultureInfo.InvariantCulture, $"The sources disagree on the {subject}'s {attribute}: ")
        + string.Join(" vs ", values.Select(v => $"{v.Display} ({Count(v)})")) + ".";

    private static string Count(ValueGroup value)
    {
        var sources = value.Claims.Select(c => c.Claim.Mention.Sentence.Source.Id).Distinct().Count();
        return sources == 1 ? "1 source" : $"{sources.ToString(CultureInfo.InvariantCulture)} sources";
    }

    /// <summary>
    /// The claims of one side and the interval they all share: in euros when its first claim could be converted,
    /// otherwise in that claim's own currency (then only figures in that currency can join).
    /// </summary>
    private sealed class Group(MoneyClaim first)
    {
        private readonly bool inEuros = first.InEuros is not null;
        private readonly string? currency = first.Currency;
        private ValueRange? common;

        public List<MoneyClaim> Members { get; } = [];

        public bool Accepts(MoneyClaim claim) => RangeOf(claim) is { } range && common is { } shared && range.Meets(shared);

        public bool MeetsNumber(ValueRange stated) => Members.Exists(m => m.Stated.Meets(stated));

        public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Drafts { get; } = new(StringComparer.Ordinal);

        public bool ComparableWith(Group other) =>
            (inEuros && other.inEuros) || currency is null || other.currency is null || currency == other.currency;

        public void Add(MoneyClaim claim)
        {
            Members.Add(claim);
            Sources.Add(claim.Claim.Mention.Sentence.Source.Id);
            if (claim.Claim.Mention.Sentence.Source.Role == SourceRole.Draft) Drafts.Add(claim.Claim.Mention.Sentence.Source.Id);
            if (RangeOf(claim) is { } range) common = common is { } shared ? shared.Intersect(range) : range;
        }

        private ValueRange? RangeOf(MoneyClaim claim) => inEuros ? claim.InEuros : claim.Currency == currency ? claim.Stated : null;
    }
}
