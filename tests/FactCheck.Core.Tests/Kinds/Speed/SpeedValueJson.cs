using System.Text.Json;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>A speed's <c>value</c>: as written (value, unit) and in km/h, with the interval it is compared as.</summary>
internal static class SpeedValueJson
{
    public static void Write(Utf8JsonWriter json, SpeedClaim claim)
    {
        json.WriteStartObject();
        json.WriteNumber("value", claim.Speed.Value);
        json.WriteString("unit", claim.Speed.Unit);
        json.WriteNumber("kmh", Math.Round(claim.Speed.KilometresPerHour, 2));
        json.WriteNumber("min", Math.Round(claim.Stated.Min, 2));
        json.WriteNumber("max", Math.Round(claim.Stated.Max, 2));
        json.WriteEndObject();
    }
}
