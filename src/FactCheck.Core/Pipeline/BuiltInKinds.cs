using System.Collections.Immutable;
using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;

namespace FactCheck.Pipeline;

/// <summary>The kinds FactCheck ships. Each states where its mention source runs by type; this order is the order of the rules' findings.</summary>
public static class BuiltInKinds
{
    /// <summary>Money, places, counts, percentages, durations, dates and attributions.</summary>
    public static ImmutableArray<IClaimKind> All { get; } =
        [new MoneyKind(), new PlaceKind(), new QuantityKind(), new PercentageKind(), new DurationKind(), new DateKind(), new AttributionKind()];
}
