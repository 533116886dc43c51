using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Configuration;
using FactCheck.Inputs;

namespace FactCheck.Rules;

/// <summary>
/// Every rule of a run: the rule files of the registered kinds (the built-in ones in <c>Rules/BuiltIn/*.yml</c>, embedded),
/// with the <c>rules</c> of a factcheck.yml applied on top. The user's entries have the same keys as the built-in files; they may change a rule's
/// level (or turn it off) and its parameters, and naming a rule that does not exist is a mistake.
/// </summary>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSet> Shipped = new(() => Build(RuleFile.BuiltIn, FactCheckConfig.Empty).Rules
        ?? throw new InvalidOperationException("The built-in rules do not build."));

    private readonly FrozenDictionary<string, ConflictRule> conflictRules;

    private RuleSet(ImmutableArray<RuleDefinition> all, FrozenDictionary<string, ConflictRule> conflictRules) =>
        (All, this.conflictRules) = (all, conflictRules);

    /// <summary>The rules as FactCheck ships them, with no factcheck.yml.</summary>
    public static RuleSet BuiltIn => Shipped.Value;

    /// <summary>Every rule, turned off or not, sorted by id.</summary>
    public ImmutableArray<RuleDefinition> All { get; }

    /// <summary>The rule with this id, or null.</summary>
    public RuleDefinition? this[string id] => All.FirstOrDefault(r => r.Id == id);

    /// <summary>The comparison rule <paramref name="id"/> with its parameters and the subjects' own tolerances.</summary>
    public ConflictRule Conflict(string id) => conflictRules[id];

    /// <summary>
    /// The rules of <paramref name="files"/> with <paramref name="config"/>'s settings applied, or the first mistake in those
    /// settings. A mistake in a rule file is FactCheck's (or a kind author's), not the user's: it throws.
    /// </summary>
    public static (RuleSet? Rules, UserError? Error) Build(IEnumerable<RuleFile> files, FactCheckConfig config)
    {
        var definitions = new SortedDictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (settings, error) = ConfigReader.ReadRule(file.Id, file.Path, file.Text);
            var (definition, problem) = settings is null ? (null, error) : FileDefinition(settings);
            if (!definitions.TryAdd(file.Id, definition ?? throw new InvalidOperationException("A rule file is wrong: " + problem)))
                throw new InvalidOperationException($"{file.Path}: two rule files have the id '{file.Id}'");
        }
        foreach (var settings in config.Rules)
        {
            if (!definitions.TryGetValue(settings.Id, out var definition))
                return (null, new UserError(settings.File, settings.Line, $"rules.{settings.Id}: there is no such rule ({string.Join(", ", definitions.Keys)}; factcheck rules lists them)"));
            var (changed, error) = Override(definition, settings);
            if (error is not null) return (null, error);
            definitions[settings.Id] = changed!;
        }
        var all = definitions.Values.ToImmutableArray();
        var tolerances = config.Subjects
            .SelectMany(s => s.Attributes.Where(a => a.Tolerance is not null).Select(a => (Subject: s.Id, Attribute: a, Tolerance: a.Tolerance!.Value)))
            .ToList();
        var conflictRules = all.ToFrozenDictionary(d => d.Id, d => ConflictRule.From(d) with
        {
            SubjectTolerances = tolerances.Where(t => d.Kinds.Contains(t.Attribute.Kind, StringComparer.Ordinal))
                .ToFrozenDictionary(t => (t.Subject, t.Attribute.Name), t => t.Tolerance),
        }, StringComparer.Ordinal);
        return (new RuleSet(all, conflictRules), null);
    }

    private static (RuleDefinition? Definition, UserError? Error) FileDefinition(RuleSettings settings)
    {
        var kind = settings["extends"]?.Text ?? "";
        if (!RuleKinds.Parameters.TryGetValue(kind, out var parameters))
            return (null, new UserError(settings.File, settings.Line, $"extends '{kind}' is not a rule kind ({string.Join(", ", RuleKinds.Parameters.Keys.Order(StringComparer.Ordinal))})"));
        var description = settings["description"]?.Text ?? "";
        var empty = new RuleDefinition(settings.Id, kind, "error", description, settings["kinds"]?.Items ?? [], [], null)
        {
            Summary = settings["summary"]?.Text ?? description,
            FileSettings = [.. settings.Values.Where(v => RuleKinds.FileKeys.Contains(v.Key, StringComparer.Ordinal))],
        };
        return Apply(empty, settings, [.. RuleKinds.FileKeys, "level", .. parameters]);
    }

    private static (RuleDefinition? Definition, UserError? Error) Override(RuleDefinition definition, RuleSettings settings)
    {
        var (changed, error) = Apply(definition, settings, ["level", .. RuleKinds.Parameters[definition.Kind]]);
        return (changed is null ? null : changed with { ChangedBy = settings.File }, error);
    }

    /// <summary>The level and parameters of <paramref name="settings"/> applied to <paramref name="definition"/>; any other key is a mistake.</summary>
    private static (RuleDefinition? Definition, UserError? Error) Apply(RuleDefinition definition, RuleSettings settings, string[] allowed)
    {
        var parameters = definition.Parameters.ToList();
        var level = definition.Level;
        foreach (var setting in settings.Values)
        {
            var where = $"rules.{settings.Id}.{setting.Key}";
            if (!allowed.Contains(setting.Key, StringComparer.Ordinal))
                return (null, new UserError(settings.File, setting.Line, $"unknown key '{setting.Key}' in rules.{settings.Id} ({string.Join(", ", allowed)})"));
            if (setting.Key == "level") level = setting.Text!;
            else if (RuleKinds.Parameters[definition.Kind].Contains(setting.Key, StringComparer.Ordinal))
            {
                if (Percentage.Parse(setting.Text) is null)
                    return (null, new UserError(settings.File, setting.Line, $"{where} '{setting.Text ?? string.Join(", ", setting.Items)}' is not a percentage such as 0.5%"));
                var at = parameters.FindIndex(p => p.Key == setting.Key);
                if (at >= 0) parameters[at] = new(setting.Key, setting.Text!);
                else parameters.Add(new(setting.Key, setting.Text!));
            }
        }
        return (definition with { Level = level, Parameters = [.. parameters] }, null);
    }
}
