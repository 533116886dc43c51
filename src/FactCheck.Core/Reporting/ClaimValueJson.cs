using System.Text.Json;
using FactCheck.Kinds.Attribution;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>The kind-specific <c>value</c> object of a claim in the JSON report (see the contract's table of kinds).</summary>
internal static class ClaimValueJson
{
    public static void Write(Utf8JsonWriter json, NormalizedClaim claim)
    {
        switch (claim)
        {
            case MoneyClaim money: MoneyValueJson.Write(json, money); break;
            case PlaceClaim place: PlaceValueJson.Write(json, place); break;
            case QuantityClaim quantity: QuantityValueJson.Write(json, quantity); break;
            case PercentageClaim percentage: QuantityValueJson.Write(json, percentage); break;
            case DurationClaim duration: DurationValueJson.Write(json, duration); break;
            case DateClaim date: DateValueJson.Write(json, date); break;
            case AttributionClaim attribution: AttributionValueJson.Write(json, attribution); break;
            default: throw new InvalidOperationException($"No JSON value writer for {claim.GetType().Name}.");
        }
    }
}
