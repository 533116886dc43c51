using FactCheck.Configuration;
using FactCheck.Languages;
using FactCheck.Rules;

namespace FactCheck.Pipeline;

/// <summary>
/// What a kind's parts are built from for one run: the options, the rules with the run's factcheck.yml applied, the
/// language packs, and the inputs kinds load for themselves (<see cref="KindInputs"/>: the gazetteer with the run's places files).
/// </summary>
public sealed class PipelineContext(CheckOptions options, RuleSet rules, LanguagePacks languages, IReadOnlyDictionary<Type, object> inputs)
{
    /// <summary>The run's options.</summary>
    public CheckOptions Options => options;

    /// <summary>The run's factcheck.yml.</summary>
    public FactCheckConfig Configuration => options.Configuration;

    /// <summary>Every rule of the run, the configuration applied.</summary>
    public RuleSet Rules => rules;

    /// <summary>The languages the run reads.</summary>
    public LanguagePacks Languages => languages;

    /// <summary>The input of type <typeparamref name="T"/> a kind loaded (<see cref="KindInputs.Add{T}"/>).</summary>
    public T Get<T>() where T : class =>
        inputs.TryGetValue(typeof(T), out var input) ? (T)input
            : throw new InvalidOperationException($"No kind loads an input of type {typeof(T).Name}; register it with pipeline.Inputs.Add.");
}
