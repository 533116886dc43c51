using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Quantity;

/// <summary>Counts of a group ("32 allies"): registers the count source, binding to what is counted, intervals, quantity-conflict and the JSON value.</summary>
public sealed class QuantityKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Quantity;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.Add(_ => new QuantityMentionSource())
        .Binders.BySubject(new SubjectBinding("count")
        {
            // A count binds to the words it counts; only a change of age ("from 27 to 25 years"), which counts nothing, looks around it.
            Reach = mention => mention is QuantityMention { Previous: not null } ? 40 : 0,
            NamedInside = true,
            // "two countries signed" is some of a group, not its size.
            Binds = mention => mention is QuantityMention { IsWhole: true },
        })
        .Normalizers.Add(context => new QuantityNormalizer(context.Rules.Conflict("quantity-conflict")))
        .Rules.Add("quantity-conflict", context => new RangeConflictCheck(context.Rules.Conflict("quantity-conflict"), ClaimKind.Quantity))
        .Values.Add<QuantityClaim>(QuantityValueJson.Write);
}
