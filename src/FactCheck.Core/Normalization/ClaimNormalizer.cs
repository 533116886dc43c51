using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Mentions;
using FactCheck.Rules;
using FactCheck.Sources;

namespace FactCheck.Normalization;

/// <summary>
/// Turns each money claim into intervals: the precision its digits state, its hedge ("about", "more than"),
/// and its value in euros at the rates of its source's date.
/// </summary>
public sealed class ClaimNormalizer(ExchangeRates rates, ConflictRule rule)
{
    /// <summary>A normalizer with the built-in rates and the figure-conflict rule's tolerances.</summary>
    public static readonly ClaimNormalizer Default = new(ExchangeRates.Default, ConflictRule.FigureConflict);

    /// <summary>The normalized claims, in order. <paramref name="sources"/> give the dates that undated sources borrow.</summary>
    public ImmutableArray<NormalizedClaim> Normalize(ImmutableArray<Claim> claims, ImmutableArray<SourceDocument> sources)
    {
        var setDate = DateOfTheSet(sources);
        var result = ImmutableArray.CreateBuilder<NormalizedClaim>(claims.Length);
        foreach (var claim in claims)
        {
            if (claim.Mention is not MoneyMention money) continue;
            var tolerance = rule.ToleranceFor(claim.Subject, claim.Attribute);
            var stated = Interval(money, tolerance);
            var (inEuros, rate) = money.Currency is { } currency ? ToEuros(stated, currency, money.Sentence.Source, setDate) : (null, null);
            var normalized = new NormalizedClaim(claim, stated, money.Currency, inEuros, rate);
            if (money.Restatement is { Currency: { } restatedCurrency } restatement)
            {
                var (restatedInEuros, restatedRate) = ToEuros(Interval(restatement, tolerance), restatedCurrency, money.Sentence.Source, setDate);
                normalized = normalized with { RestatedInEuros = restatedInEuros, RestatementRate = restatedRate };
            }
            result.Add(normalized);
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The interval a figure stands for: rounding first, then the hedge. <paramref name="tolerance"/> (the rule's when null)
    /// is the least precision any figure is read with; a subject's own tolerance may exceed the rule's round-tolerance.
    /// </summary>
    public ValueRange Interval(MoneyMention money, double? tolerance = null)
    {
        var low = (double)money.Low;
        var high = (double)money.High;
        var precision = Math.Max((tolerance ?? rule.Tolerance) * high, Math.Min((double)money.Unit / 2, rule.RoundTolerance * high));
        return money.Qualifier switch
        {
            Qualifier.About => new(low * (1 - rule.About), high * (1 + rule.About)),
            Qualifier.Nearly => new(low * (1 - rule.About), high),
            Qualifier.MoreThan or Qualifier.AtLeast => new(low, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo => new(0, high),
            _ => new(low - precision, high + precision),
        };
    }

    private (ValueRange?, RateUse?) ToEuros(ValueRange stated, string currency, SourceDocument source, SourceDate? setDate)
    {
        var (date, assumption) = source.Date switch
        {
            { Origin: DateOrigin.Declared } declared => (declared, (string?)null),
            { } inferred => (inferred, $"{source.Id} has no date; {inferred.Iso}, the newest date in its text, was used"),
            null when setDate is not null => (setDate, $"{source.Id} has no date; {setDate.Iso}, the date of the other sources, was used"),
            _ => (null, $"no source has a date; the newest rates were used"),
        };
        var year = date?.Year ?? int.MaxValue;
        if (rates.Rate(currency, year) is not var (perEuro, rateYear)) return (null, null);
        if (date is not null && rateYear != date.Year) assumption = (assumption is null ? "" : assumption + "; ") + $"no rates for {date.Year}, the nearest year's were used";
        return currency == "EUR" ? (stated, null) : (stated.DividedBy(perEuro), new RateUse(currency, perEuro, rateYear, assumption));
    }

    /// <summary>The date an undated source borrows: the median of the other sources' dates (declared ones first).</summary>
    private static SourceDate? DateOfTheSet(ImmutableArray<SourceDocument> sources)
    {
        var declared = sources.Where(s => s.Date?.Origin == DateOrigin.Declared).Select(s => s.Date!).ToList();
        var known = declared.Count > 0 ? declared : [.. sources.Where(s => s.Date is not null).Select(s => s.Date!)];
        return known.Count == 0 ? null : known.OrderBy(d => d.Midpoint).ElementAt(known.Count / 2);
    }
}
