using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Kinds.Date;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Percentage;

/// <summary>Rates and shares ("2% of GDP"): registers the percentage source, binding to a rate nearby, intervals, percentage-conflict and the JSON value.</summary>
public sealed class PercentageKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Percentage;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.InsertBefore<DateMentionSource>(_ => new PercentageMentionSource()) // "2014%" is a share, never a year; "5 per cent" never 5 "per"
        .Binders.BySubject(new SubjectBinding("percentage")
        {
            Reach = _ => 30,
            InClause = true,
            Binds = mention => mention is not PercentageMention { IsChange: true }, // "rose 2%" is a change, not the rate
            HonoursAfter = true, // "2% of GDP" is a share of GDP; "GDP rose 2%" is not
        })
        .Normalizers.Add(context => new PercentageNormalizer(context.Rules.Conflict("percentage-conflict")))
        .Rules.Add("percentage-conflict", context => new RangeConflictCheck(context.Rules.Conflict("percentage-conflict"), ClaimKind.Percentage))
        .Values.Add<PercentageClaim>(PercentageValueJson.Write);
}
