using System.Collections.Frozen;
using System.Text.Json;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Reporting;

namespace FactCheck.Pipeline;

/// <summary>How each kind's normalized claims write their <c>value</c> object in the JSON report.</summary>
public sealed class ValueWriters
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(PartOf Part, Type Claim, Action<Utf8JsonWriter, NormalizedClaim> Write)> registered = [];

    internal ValueWriters(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>Claims of type <typeparamref name="T"/> (the kind's normalized claims) write their value with <paramref name="write"/>.</summary>
    public CheckPipelineBuilder Add<T>(Action<Utf8JsonWriter, T> write) where T : NormalizedClaim
    {
        registered.Add((pipeline.Current, typeof(T), (json, claim) => write(json, (T)claim)));
        return pipeline;
    }

    internal bool Has(ClaimKind kind) => registered.Exists(r => r.Part.Kind == kind);

    internal ClaimValueWriters Create() => new(registered.ToFrozenDictionary(r => r.Claim, r => r.Write));
}
