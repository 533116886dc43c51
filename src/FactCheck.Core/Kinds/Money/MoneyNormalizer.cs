using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Normalization;
using FactCheck.Rules;
using FactCheck.Sources;

namespace FactCheck.Kinds.Money;

/// <summary>
/// Turns each money claim into intervals: the precision its digits state, its hedge ("about", "more than"),
/// and its value in euros at the rates of its source's date.
/// </summary>
public sealed class MoneyNormalizer(ExchangeRates rates, ConflictRule rule) : IClaimNormalizer, ISourceNormalizer
{
    /// <inheritdoc/>
    ImmutableArray<NormalizedClaim> ISourceNormalizer.Revise(ImmutableArray<NormalizedClaim> source, NormalizationContext context) =>
        AtTheirYear(SourceCurrency.Revise(source, (bare, currency) =>
            Normalize(bare.Claim with { Mention = bare.Money with { Currency = currency } }, context) as MoneyClaim));

    /// <summary>
    /// An amount its clause ties to a past year ("returned to United from Juventus for £89m in August 2016") is converted at
    /// that year's rates, as whoever restated it then did, not at those of the day its source was written. A bracketed
    /// conversion is the writer's own, made when writing: such an amount keeps its source's rates.
    /// </summary>
    private ImmutableArray<NormalizedClaim> AtTheirYear(ImmutableArray<NormalizedClaim> source) =>
        [.. source.Select(c => c is MoneyClaim { Rate: { FixedBy: null } rate, Money.Restatement: null } money
            && money.Frame.Scope.Time?.Span is { } span && span.First.Year == span.Last.Year && span.First.Year != rate.Year
            && rates.Rate(rate.Currency, span.First.Year) is (var perEuro, var year) && year == span.First.Year
                ? money with { InEuros = money.Stated.DividedBy(perEuro), Rate = new RateUse(rate.Currency, perEuro, year, $"the rates of {year}, the year the amount is of") }
                : c)];

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not MoneyMention money || money.High > Intervals.TooLarge || money.Restatement?.High > Intervals.TooLarge) return null;
        var tolerance = rule.ToleranceFor(claim.Subject, claim.Attribute);
        var stated = Interval(money, tolerance);
        var source = money.Sentence.Source;
        var (inEuros, rate) = money.Currency is { } currency ? ToEuros(stated, currency, source, context) : (null, null);
        // An undated source takes its story's date: its conversions can then be checked at the rates of that date.
        var normalized = new MoneyClaim(claim, money, stated, inEuros, rate) {
            DatedByStory = source.Date is null && context.StoryDeclares(source) && rate?.Year == context.SetDateFor(source)?.Year,
        };
        if (money.Restatement is { Currency: { } restatedCurrency } restatement)
        {
            var (restatedInEuros, restatedRate) = ToEuros(Interval(restatement, tolerance), restatedCurrency, source, context);
            normalized = normalized with { RestatedInEuros = restatedInEuros, RestatementRate = restatedRate };
        }
        return normalized;
    }

    /// <summary>The interval a figure stands for: rounding first, then the hedge; <paramref name="tolerance"/> is a subject's own (factcheck.yml).</summary>
    public ValueRange Interval(MoneyMention money, double? tolerance = null) =>
        Intervals.Of((double)money.Low, (double)money.High, (double)money.Unit, money.Qualifier, rule, tolerance);

    private (ValueRange?, RateUse?) ToEuros(ValueRange stated, string currency, SourceDocument source, NormalizationContext context)
    {
        var setDate = context.SetDateFor(source);
        var (date, assumption) = source.Date switch
        {
            { Origin: DateOrigin.Declared } declared => (declared, (string?)null),
            { } inferred => (inferred, $"{source.Id} has no date; {inferred.Iso}, the newest date in its text, was used"),
            null when setDate is not null => (setDate, $"{source.Id} has no date; {setDate.Iso}, the date of the other sources of its story, was used"),
            _ => (null, $"no source has a date; the newest rates were used"),
        };
        var year = date?.Year ?? int.MaxValue;
        if (rates.Rate(currency, year) is not var (perEuro, rateYear)) return (null, null);
        if (date is not null && rateYear != date.Year) assumption = (assumption is null ? "" : assumption + "; ") + $"no rates for {date.Year}, the nearest year's were used";
        if (currency == "EUR") return (stated, null);
        // An irrevocable rate holds whatever the year: no assumption about the date matters.
        return rates.FixedBy(currency) is { } act
            ? (stated.DividedBy(perEuro), new RateUse(currency, perEuro, rateYear, null) { FixedBy = act })
            : (stated.DividedBy(perEuro), new RateUse(currency, perEuro, rateYear, assumption));
    }
}
