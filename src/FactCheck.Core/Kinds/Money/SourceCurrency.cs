using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Money;

/// <summary>
/// An amount written without its currency ("le montant de la transaction sera de 747 millions", "the deal was valued at
/// 19 billion") in a source whose every other amount is in one currency is in that currency: the writer named it once and
/// left it out after. Only an amount a money measure names (a price, a cost, a fine) takes it; a bare "100 milliards" of
/// nothing said stays a number of anything, and a source that writes two currencies lends neither.
/// </summary>
internal static class SourceCurrency
{
    public static ImmutableArray<NormalizedClaim> Revise(ImmutableArray<NormalizedClaim> source, Func<MoneyClaim, string, MoneyClaim?> inCurrency)
    {
        var currencies = source.OfType<MoneyClaim>().Select(c => c.Currency).Where(c => c is not null).Distinct().Take(2).ToList();
        if (currencies.Count != 1 || !source.Any(c => c is MoneyClaim { Currency: null })) return source;
        return [.. source.Select(c => c is MoneyClaim { Currency: null } bare && NamedMoney(bare.Frame) && inCurrency(bare, currencies[0]!) is { } priced
            ? priced with { Frame = bare.Frame }
            : c)];
    }

    /// <summary>True when a measure of money the packs know (not a generic "amount", not an unknown word) names the amount.</summary>
    private static bool NamedMoney(ClaimFrame frame) =>
        frame.Measure is { IsStem: false } measure && measure.Origin != MeasureOrigin.Subject
        && FrameConcepts.Shipped.Measure(measure.Key) is { Generic: false, Dimension: "money" };
}
