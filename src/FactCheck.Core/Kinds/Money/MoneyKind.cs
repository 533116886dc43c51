using FactCheck.Binding;
using FactCheck.Kinds.Percentage;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Money;

/// <summary>Amounts of money: registers the money source, binding by subject, conversion to euros, two rules and the JSON value.</summary>
public sealed class MoneyKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Money;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.InsertBefore<PercentageMentionSource>(context => new MoneyMentionSource(context.Options.RecognizerScope)) // a currency makes money of a figure first
        .Binders.BySubject(new SubjectBinding("amount") { AmountEnd = EndWithRestatement })
        .Normalizers.Add(context => new MoneyNormalizer(ExchangeRates.Build(context.Configuration), context.Rules.Conflict("figure-conflict")))
        .Rules.Add("figure-conflict", context => new FigureConflictCheck(context.Rules.Conflict("figure-conflict")))
        .Rules.Add("restatement-mismatch", context => new RestatementCheck(context.Rules.Conflict("restatement-mismatch"), ExchangeRates.Build(context.Configuration)))
        .Values.Add<MoneyClaim>(MoneyValueJson.Write);

    /// <summary>"$100bn (£79.5bn) over five years": the period follows the bracketed restatement.</summary>
    private static int EndWithRestatement(Mention mention) =>
        mention is MoneyMention { Restatement: { } restated } ? Math.Max(mention.End, restated.End) : mention.End;
}
