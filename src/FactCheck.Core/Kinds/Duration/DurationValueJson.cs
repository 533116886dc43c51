using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Duration;

/// <summary>A duration's <c>value</c>: ISO 8601 (<c>"P5Y"</c>), plus its interval in days and its qualifier.</summary>
internal static class DurationValueJson
{
    public static void Write(Utf8JsonWriter json, DurationClaim value)
    {
        json.WriteStartObject();
        json.WriteString("value", value.Iso);
        JsonValues.WriteBound(json, "minDays", value.InDays.Min);
        JsonValues.WriteBound(json, "maxDays", value.InDays.Max);
        json.WriteString("qualifier", JsonValues.QualifierName(value.Duration.Qualifier));
        json.WriteEndObject();
    }
}
