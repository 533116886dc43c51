using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>
/// One kind of claim as one unit, the way Markdig adds an extension: <see cref="Setup"/> registers the kind's mention
/// source, binding, normalizer, comparison rules and JSON value with the pipeline builder, each part ordered by type where
/// order matters. A kind that misses a part fails when the pipeline is built, naming the kind and the part.
/// </summary>
public interface IClaimKind
{
    /// <summary>The kind registered: its name is the report's <c>kind</c> value.</summary>
    ClaimKind Kind { get; }

    /// <summary>Registers the kind's parts; every part registered here belongs to <see cref="Kind"/>.</summary>
    void Setup(CheckPipelineBuilder pipeline);
}
