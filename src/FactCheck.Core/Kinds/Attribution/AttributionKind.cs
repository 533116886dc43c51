using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Attribution;

/// <summary>Who said what: registers the statement source, the speaker binder, statement reading, attribution-conflict and the JSON value.</summary>
public sealed class AttributionKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Attribution;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.Add(_ => new AttributionMentionSource())
        .Binders.Add(_ => AttributionBinder.Default)
        .Normalizers.Add(context => new AttributionNormalizer(context.Configuration.People))
        .Rules.Add("attribution-conflict", context => new AttributionConflictCheck(AttributionRule.From(context.Rules["attribution-conflict"]!)))
        .Values.Add<AttributionClaim>(AttributionValueJson.Write);
}
