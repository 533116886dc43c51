using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Duration;

/// <summary>Lengths of time ("over five years"): registers the duration source, binding to the amount before it, days, duration-conflict and the JSON value.</summary>
public sealed class DurationKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Duration;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.InsertAfter<QuantityMentionSource>(_ => new DurationMentionSource()) // "from 27 to 25 years" is a change of age
        .Binders.BySubject(new SubjectBinding("duration") { Reach = _ => 40, InClause = true, FollowsAmount = true })
        .Normalizers.Add(context => new DurationNormalizer(context.Rules.Conflict("duration-conflict")))
        .Rules.Add("duration-conflict", context => new RangeConflictCheck(context.Rules.Conflict("duration-conflict"), ClaimKind.Duration))
        .Values.Add<DurationClaim>(DurationValueJson.Write);
}
