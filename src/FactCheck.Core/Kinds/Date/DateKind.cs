using FactCheck.Binding;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Date;

/// <summary>Dates of events ("9 July 2024", "le mois dernier"): registers the date source, binding to an event nearby, calendar spans, date-conflict and the JSON value.</summary>
public sealed class DateKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Date;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.InsertBefore<QuantityMentionSource>(context => new DateMentionSource(context.Options.RecognizerScope)) // "in 2014 countries" is a date
        .Binders.BySubject(new SubjectBinding("date") { Reach = _ => 50, InClause = true })
        .Normalizers.Add(new DateNormalizer())
        .Rules.Add("date-conflict", context => new DateConflictCheck(context.Rules.Conflict("date-conflict")))
        .Values.Add<DateClaim>(DateValueJson.Write);
}
