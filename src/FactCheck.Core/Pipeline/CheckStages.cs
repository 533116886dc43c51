using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Reporting;
using FactCheck.Rules;

namespace FactCheck.Pipeline;

/// <summary>
/// The stages of a run, built once from the registered kinds (<see cref="CheckOptions.Kinds"/>), the shipped data and the
/// run's configuration: the recognizer, the binder, the normalizer, the comparer, the rules and the JSON value writers.
/// </summary>
public sealed record CheckStages(
    RuleSet Rules, MentionRecognizer Recognizer, ClaimBinder Binder, ClaimNormalizer Normalizer, ClaimComparer Comparer, ClaimValueWriters Values,
    ImmutableArray<ClaimKind> Kinds)
{
    /// <summary>The languages the run reads: the shipped packs and the run's own.</summary>
    public LanguagePacks Languages { get; init; } = LanguagePacks.BuiltIn;

    /// <summary>The stages as FactCheck ships them: every built-in kind, no factcheck.yml.</summary>
    public static CheckStages Default { get; } = Build(new CheckOptions([], "")).Stages
        ?? throw new InvalidOperationException("The built-in kinds do not build.");

    /// <summary>The stages for <paramref name="options"/>: its kinds, configuration and inputs; or the user's first mistake in them.</summary>
    public static (CheckStages? Stages, UserError? Error) Build(CheckOptions options)
    {
        var builder = new CheckPipelineBuilder();
        foreach (var kind in options.Kinds) builder.Add(kind);
        return builder.Build(options);
    }
}
