using System.Collections.Immutable;
using FactCheck.Alignment;
using FactCheck.Normalization;
using FactCheck.Sources;

namespace FactCheck.Comparison;

/// <summary>
/// Runs every comparison rule on every story: claims are compared only within a story. A finding on an aligned fact is
/// kept only when two of its sources share no value (a source that gives an earlier and a final figure is not contradicted
/// by another giving one of them), and its severity is at most what the alignment is sure of: a warning when the holder
/// is not named on both sides.
/// </summary>
public sealed class ClaimComparer(ImmutableArray<IComparisonRule> rules)
{
    /// <summary>The rules this comparer runs.</summary>
    public ImmutableArray<IComparisonRule> Rules => rules;

    /// <summary>
    /// The findings of every rule, rule by rule, story by story. <paramref name="heard"/> leaves out the claims a rule must
    /// not hear (silenced by a comment); by default every claim is heard. Rules share nothing but the claims they read, so
    /// they run side by side, on the threads <paramref name="parallel"/> allows (by default every core; one for a few claims).
    /// </summary>
    public ImmutableArray<Finding> Compare(
        ImmutableArray<StoryClaims> stories, Func<IComparisonRule, NormalizedClaim, bool>? heard = null, ParallelOptions? parallel = null)
    {
        var perRule = new IReadOnlyList<Finding>[rules.Length];
        Parallel.For(0, rules.Length, Cores.For(parallel, stories.Sum(story => story.Claims.Length)), i =>
        {
            var rule = rules[i];
            perRule[i] = [.. stories.SelectMany(story => Found(rule, story, heard))];
        });
        return [.. perRule.SelectMany(findings => findings)];
    }

    /// <summary>
    /// The findings of every rule in one story, rule by rule (the rules' order): a check that compares story by story puts
    /// them back in <see cref="Compare"/>'s order, rule by rule, then story by story.
    /// </summary>
    public ImmutableArray<Finding>[] CompareStory(
        StoryClaims story, Func<IComparisonRule, NormalizedClaim, bool>? heard = null, ParallelOptions? parallel = null)
    {
        var perRule = new ImmutableArray<Finding>[rules.Length];
        Cores.Loop(parallel, story.Claims.Length, rules.Length, i => perRule[i] = [.. Found(rules[i], story, heard)]);
        return perRule;
    }

    /// <summary>What <paramref name="rule"/> reports in <paramref name="story"/>, of the claims it hears.</summary>
    private static IEnumerable<Finding> Found(IComparisonRule rule, StoryClaims story, Func<IComparisonRule, NormalizedClaim, bool>? heard) =>
        rule.Compare(heard is null ? story : Heard(story, c => heard(rule, c))).Select(f => f.Fact is null ? f : Settled(f)).OfType<Finding>();

    /// <summary>The story with only the claims <paramref name="heard"/> keeps, in its claims and in its facts.</summary>
    private static StoryClaims Heard(StoryClaims story, Func<NormalizedClaim, bool> heard) => story with
    {
        Claims = [.. story.Claims.Where(heard)],
        Facts = [.. story.Facts.Select(f => f with { Claims = [.. f.Claims.Where(heard)], Alternates = [.. f.Alternates.Where(heard)] }).Where(f => f.Claims.Length > 1)],
    };

    /// <summary>
    /// The finding as it is reported, or null when no two of its sources disagree. Two sources disagree when a claim of each
    /// stands on a different side, unless one of them gives the other's figure as another status (an earlier, provisional
    /// or compared figure: <see cref="Fact.Alternates"/>). The alternates are then left out of the sides, and the severity is
    /// at most what the alignment is sure of.
    /// </summary>
    private static Finding? Settled(Finding found)
    {
        var fact = found.Fact!;
        var alternates = fact.Alternates.ToHashSet();
        var finding = found with { Values = WithoutTwoFactSentences(found, alternates) };
        var claimed = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var alternate = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < finding.Values.Length; i++)
            foreach (var claim in finding.Values[i].Claims)
            {
                var into = alternates.Contains(claim) ? alternate : claimed;
                (into.TryGetValue(claim.SourceId, out var sides) ? sides : into[claim.SourceId] = []).Add(i);
            }
        HashSet<int> Of(Dictionary<string, HashSet<int>> map, string source) => map.GetValueOrDefault(source) ?? [];
        bool Disagree(string s, string t) =>
            Of(claimed, s).Any(i => Of(claimed, t).Any(j => i != j)) && !Of(alternate, s).Overlaps(Of(claimed, t)) && !Of(alternate, t).Overlaps(Of(claimed, s));
        var sources = claimed.Keys.Order(StringComparer.Ordinal).ToList();
        var draftSelf = finding.Values.Count(v => v.Claims.Any(c => c.Claim.Mention.Sentence.Source.Role == Inputs.SourceRole.Draft && !alternates.Contains(c))) > 1;
        if (!draftSelf && !sources.SelectMany((s, i) => sources.Skip(i + 1).Select(t => (s, t))).Any(p => Disagree(p.s, p.t))) return null;
        var values = finding.Values.Select(v => v with { Claims = [.. v.Claims.Where(c => !alternates.Contains(c))] }).Where(v => v.Claims.Length > 0).ToImmutableArray();
        if (values.Length < 2) return null;
        var strength = values.SelectMany((v, i) => values.Skip(i + 1).Select(o => fact.StrengthBetween(v.Claims, o.Claims))).Max();
        var severity = strength == AlignmentStrength.Strong ? finding.Severity : (Severity)Math.Min((int)finding.Severity, (int)Severity.Warning);
        // A figure left out as another status is not one of the sources' disagreeing values: the message no longer counts it.
        return finding with { Values = values, Message = Sides.Retold(found.Message, found.Values, values), Severity = severity, Story = fact.Story, MatchedOn = finding.MatchedOn ?? fact.MatchedOn };
    }

    /// <summary>
    /// The finding without the claims of a sentence that gives, as stated facts, two values of the fact that disagree: a
    /// writer does not contradict himself within a sentence, so its figures are different facts the alignment drew together
    /// ("revenues reduced to 214 mln dlrs from 228 mln", "assays ranged from 0.35 to 1.1 ounces", "450 mln dlrs from ICI and
    /// 250 mln from Stuart", this month and the last). Which of them another source's figure is the same fact as cannot be
    /// told, so none of them is a side. (Two values far apart in one text may well be a slip, and stay compared.)
    /// </summary>
    private static ImmutableArray<ValueGroup> WithoutTwoFactSentences(Finding finding, HashSet<NormalizedClaim> alternates)
    {
        var twoFacts = finding.Values.SelectMany((v, i) => v.Claims.Where(c => !alternates.Contains(c)).Select(c => (Side: i, c.Claim.Mention.Sentence)))
            .GroupBy(p => p.Sentence).Where(g => g.Select(p => p.Side).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        return twoFacts.Count == 0 ? finding.Values
            : [.. finding.Values.Select(v => v with { Claims = [.. v.Claims.Where(c => !twoFacts.Contains(c.Claim.Mention.Sentence))] }).Where(v => v.Claims.Length > 0)];
    }
}
