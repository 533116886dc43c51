using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Pipeline;

/// <summary>
/// The comparison rules each kind runs, by rule id, each with its rule file: a built-in one (<c>Rules/BuiltIn</c>) or one
/// the kind brings. Findings come rule by rule, in the order the rules were registered; a rule turned off is not built.
/// </summary>
public sealed class ComparisonRules
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(PartOf Part, string Id, RuleFile? File, Func<PipelineContext, IComparisonRule> Create)> registered = [];

    internal ComparisonRules(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>Runs the rule <paramref name="id"/>, declared by its built-in file <c>Rules/BuiltIn/&lt;id&gt;.yml</c>.</summary>
    public CheckPipelineBuilder Add(string id, Func<PipelineContext, IComparisonRule> create)
    {
        registered.Add((pipeline.Current, id, null, create));
        return pipeline;
    }

    /// <summary>Runs the rule declared by <paramref name="file"/>, which the kind brings.</summary>
    public CheckPipelineBuilder Add(RuleFile file, Func<PipelineContext, IComparisonRule> create)
    {
        registered.Add((pipeline.Current, file.Id, file, create));
        return pipeline;
    }

    internal bool Has(ClaimKind kind) => registered.Exists(r => r.Part.Kind == kind);

    /// <summary>
    /// The rule files of the registered rules. A built-in file that declares a registered kind but that kind does not run,
    /// or a registered id with no file, is a mistake of the kind: it throws.
    /// </summary>
    internal ImmutableArray<RuleFile> Files(IReadOnlyCollection<ClaimKind> kinds)
    {
        var builtIn = RuleFile.BuiltIn.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var rule in RuleSet.BuiltIn.All)
        {
            var kind = kinds.FirstOrDefault(k => rule.Kinds.Contains(k.Name, StringComparer.Ordinal));
            if (kind is not null && !registered.Exists(r => r.Id == rule.Id))
                throw new InvalidOperationException($"Rules/BuiltIn/{rule.Id}.yml declares a rule for the claim kind '{kind}', and no registered kind runs it.");
        }
        return [.. registered.Select(r => r.File ?? builtIn.GetValueOrDefault(r.Id)
            ?? throw new InvalidOperationException($"The claim kind '{r.Part.Kind}' ({r.Part.Owner}) runs the rule '{r.Id}', which has no rule file."))];
    }

    /// <summary>The rules the configuration leaves on, in the order they were registered.</summary>
    internal ImmutableArray<IComparisonRule> Create(PipelineContext context) =>
        [.. registered.Where(r => context.Rules[r.Id]!.Enabled).Select(r => r.Create(context))];
}
