using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Sources;

namespace FactCheck.Pipeline;

/// <summary>
/// What the user has said about findings before they are reported: claims silenced by <c>&lt;!-- factcheck-… --&gt;</c> comments, drafts checked against references
/// (<c>--against</c>), and findings accepted in a baseline.
/// </summary>
internal static class FindingFilters
{
    /// <summary>
    /// Which claims a rule hears among <paramref name="sources"/>: every claim but those a comment silences for it, so a finding
    /// that had only silenced claims on one side disappears, and one that had others there stays without them; null (every
    /// claim, the comparer's fast way) when no source has a directive.
    /// </summary>
    public static Func<IComparisonRule, NormalizedClaim, bool>? HeardIn(IEnumerable<SourceDocument> sources) =>
        sources.All(s => s.Directives.IsEmpty) ? null : (rule, c) => !c.Claim.Mention.Sentence.Source.IsSilenced(rule.Id, c.Claim.Mention.Span);

    /// <summary>
    /// When any source is a draft, the findings that are the draft's: a draft claim on a side no reference shares (the
    /// draft disagrees with the references), or draft claims on two sides (the draft contradicts itself). The others are
    /// the references disagreeing among themselves, where the draft sides with one of them or says nothing: they are
    /// returned apart, as context, never as the draft's errors.
    /// </summary>
    public static (ImmutableArray<Finding> Findings, ImmutableArray<Finding> Context) ForDrafts(ImmutableArray<Finding> findings, ImmutableArray<SourceDocument> sources)
    {
        if (!sources.Any(s => s.Role == SourceRole.Draft)) return (findings, []);
        static bool IsDraft(NormalizedClaim c) => c.Claim.Mention.Sentence.Source.Role == SourceRole.Draft;
        bool Drafts(Finding f) =>
            f.Values.Any(v => v.Claims.Any(IsDraft) && !v.Claims.Any(c => !IsDraft(c))) || f.Values.Count(v => v.Claims.Any(IsDraft)) > 1;
        return ([.. findings.Where(Drafts)], [.. findings.Where(f => !Drafts(f))]);
    }

    /// <summary>
    /// The findings whose fingerprint is not in <paramref name="baseline"/>, and those it holds: hidden from the findings, yet
    /// kept, so that a SARIF report marks them suppressed instead of dropping them (code scanning would close them as fixed).
    /// </summary>
    public static (ImmutableArray<Finding> Findings, ImmutableArray<Finding> Hidden) WithoutBaseline(ImmutableArray<Finding> findings, Baseline? baseline)
    {
        if (baseline is null) return (findings, []);
        var accepted = findings.ToLookup(f => baseline.Contains(FindingFingerprint.Of(f)));
        return ([.. accepted[false]], [.. accepted[true]]);
    }

    /// <summary>The first directive of <paramref name="source"/> naming a rule that does not exist, as an error with its file and line.</summary>
    public static UserError? UnknownRuleIn(SourceDocument source, RuleSet rules)
    {
        foreach (var directive in source.Directives)
            if (directive.Rules.FirstOrDefault(r => rules[r] is null) is { } unknown)
                return new UserError(source.Id, directive.Line,
                    $"{directive.Name} names '{unknown}', which is not a rule ({string.Join(", ", rules.All.Select(r => r.Id))})");
        return null;
    }
}
