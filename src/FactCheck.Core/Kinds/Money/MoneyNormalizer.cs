using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    private ImmutableArray<NormalizedClaim> AtTheirYear(ImmutableArray<NormalizedClaim> source)
    {
        // Copied only when an amount changes: a source's claims are given back as they came otherwise.
        NormalizedClaim[]? revised = null;
        for (var i = 0; i < source.Length; i++)
            if (AtItsYear(source[i]) is { } money) (revised ??= [.. source])[i] = money;
        return revised is null ? source : ImmutableCollectionsMarshal.AsImmutableArray(revised);
    }

    private MoneyClaim? AtItsYear(NormalizedClaim claim) =>
        claim is MoneyClaim { Rate: { FixedBy: null } rate, Money.Restatement: null } money
            && money.Frame.Scope.Time?.Span is { } span && span.First.Year == span.Last.Year && span.First.Year != rate.Year
            && rates.Rate(rate.Currency, span.First.Year) is (var perEuro, var year) && year == span.First.Year
                ? money with { InEuros = money.Stated.DividedBy(perEuro), Rate = new RateUse(rate.Currency, perEuro, year, $"the rates of {year}, the year the amount is of") }
                : null;

    /// <inheritdoc/>
    public NormalizedClaim? Normalize(Claim claim, NormalizationContext context)
    {
        if (claim.Mention is not MoneyMention money || money.High > Intervals.TooLarge || money.Restatement?.High > Intervals.TooLarge) return null;
        var tolerance = rule.ToleranceFor(claim.Subject, claim.Attribute);
        var stated = Interval(money, tolerance);
        var source = money.Sentence.Source;
        var (inEuros, rate) = money.Currency is { } currency ? ToEuros(stated, currency, source, context) : (null, null);
        // An undated source takes its story's date: its conversions can then be checked at the rates of that date.
        var (restatedInEuros, restatedRate) = money.Restatement is { Currency: { } restatedCurrency } restatement
            ? ToEuros(Interval(restatement, tolerance), restatedCurrency, source, context) : (null, null);
        return new MoneyClaim(claim, money, stated, inEuros, rate) {
            DatedByStory = source.Date is null && context.StoryDeclares(source) && rate?.Year == context.SetDateFor(source)?.Year,
            RestatedInEuros = restatedInEuros,
            RestatementRate = restatedRate,
        };
    }

    /// <summary>The interval a figure stands for: rounding first, then the hedge; <paramref name="tolerance"/> is a subject's own (factcheck.yml).</summary>
    public ValueRange Interval(MoneyMention money, double? tolerance = null) =>
        Intervals.Of((double)money.Low, (double)money.High, (double)money.Unit, money.Qualifier, rule, tolerance);

    private (ValueRange?, RateUse?) ToEuros(ValueRange stated, string currency, SourceDocument source, NormalizationContext context)
    {
        var setDate = context.SetDateFor(source);
        var known = memo is { } last && last.IsFor(rates, source, setDate) ? last : memo = new RateMemo(rates, source, setDate);
        if (!known.ByCurrency.TryGetValue(currency, out var use)) known.ByCurrency[currency] = use = RateFor(currency, source, setDate);
        if (use is not var (perEuro, rate)) return (null, null);
        return currency == "EUR" ? (stated, null) : (stated.DividedBy(perEuro), rate);
    }

    /// <summary>
    /// The rates the thread's last source is converted at, by currency: its amounts share them, and the reasons written for
    /// each amount of an undated source were 51 MB of strings on the 30 MB file of issue 11. Kept by each thread, as the
    /// claims are normalized on all of them; the key holds no text, so nothing large outlives its check.
    /// </summary>
    [ThreadStatic] private static RateMemo? memo;

    private sealed class RateMemo(ExchangeRates rates, SourceDocument source, SourceDate? setDate)
    {
        private readonly string sourceId = source.Id;
        private readonly SourceDate? sourceDate = source.Date;

        public Dictionary<string, (double PerEuro, RateUse? Rate)?> ByCurrency { get; } = new(StringComparer.Ordinal);

        public bool IsFor(ExchangeRates other, SourceDocument source, SourceDate? otherSetDate) =>
            ReferenceEquals(rates, other) && ReferenceEquals(sourceDate, source.Date) && ReferenceEquals(setDate, otherSetDate) && sourceId == source.Id;
    }

    /// <summary>
    /// "no rates for 1987, …", one string for each year: every dated source of a year without rates has the note, and the
    /// bench corpus kept 5,326 copies of one to its report. Keyed by the year alone, so the table stays as small as the years.
    /// </summary>
    private static string NoRatesFor(int year) => NoRatesNotes.GetOrAdd(year, y => $"no rates for {y}, the nearest year's were used");

    private static readonly ConcurrentDictionary<int, string> NoRatesNotes = new();

    /// <summary>The rate of <paramref name="currency"/> at the date of <paramref name="source"/>, and how it was chosen (none for the euro); null without rates.</summary>
    private (double PerEuro, RateUse? Rate)? RateFor(string currency, SourceDocument source, SourceDate? setDate)
    {
        var (date, assumption) = source.Date switch
        {
            { Origin: DateOrigin.Declared } declared => (declared, (string?)null),
            { } inferred => (inferred, $"{source.Id} has no date; {inferred.Iso}, the newest date in its text, was used"),
            null when setDate is not null => (setDate, $"{source.Id} has no date; {setDate.Iso}, the date of the other sources of its story, was used"),
            _ => (null, $"no source has a date; the newest rates were used"),
        };
        var year = date?.Year ?? int.MaxValue;
        if (rates.Rate(currency, year) is not var (perEuro, rateYear)) return null;
        if (date is not null && rateYear != date.Year) assumption = assumption is null ? NoRatesFor(date.Year) : assumption + "; " + NoRatesFor(date.Year);
        if (currency == "EUR") return (perEuro, null);
        // An irrevocable rate holds whatever the year: no assumption about the date matters.
        return rates.FixedBy(currency) is { } act
            ? (perEuro, new RateUse(currency, perEuro, rateYear, null) { FixedBy = act })
            : (perEuro, new RateUse(currency, perEuro, rateYear, assumption));
    }
}
