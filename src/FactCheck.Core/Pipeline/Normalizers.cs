using System.Collections.Frozen;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Pipeline;

/// <summary>The normalizer of each kind: what reads its claims into values that can be compared.</summary>
public sealed class Normalizers
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(PartOf Part, Func<PipelineContext, IClaimNormalizer> Create)> registered = [];

    internal Normalizers(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>Adds the kind's normalizer, built for each run (it may read the run's rules and configuration).</summary>
    public CheckPipelineBuilder Add(Func<PipelineContext, IClaimNormalizer> create)
    {
        if (Has(pipeline.Current.Kind)) throw new InvalidOperationException($"The claim kind '{pipeline.Current.Kind}' ({pipeline.Current.Owner}) registers two normalizers.");
        registered.Add((pipeline.Current, create));
        return pipeline;
    }

    /// <inheritdoc cref="Add(Func{PipelineContext, IClaimNormalizer})"/>
    public CheckPipelineBuilder Add(IClaimNormalizer normalizer) => Add(_ => normalizer);

    internal bool Has(ClaimKind kind) => registered.Exists(r => r.Part.Kind == kind);

    internal ClaimNormalizer Create(PipelineContext context) =>
        new(registered.ToFrozenDictionary(r => r.Part.Kind, r => r.Create(context)));
}
