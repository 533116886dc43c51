using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Percentage;

/// <summary>A percentage's <c>value</c>: amount, interval, unit "percent" and qualifier, and <c>time</c> for one tied to a date.</summary>
internal static class PercentageValueJson
{
    public static void Write(Utf8JsonWriter json, PercentageClaim value)
    {
        var share = value.Percentage;
        json.WriteStartObject();
        JsonValues.WriteFigure(json, share.Low, share.High, value.Stated, "percent", share.Qualifier);
        JsonValues.WriteTime(json, value.Time);
        json.WriteEndObject();
    }
}
