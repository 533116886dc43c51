using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A count's <c>value</c>: amount, interval, unit and qualifier (the contract's quantity shape), plus <c>from</c> for a
/// change ("from 27 to 25") and <c>time</c> for a count tied to a date ("in 2014").
/// </summary>
internal static class QuantityValueJson
{
    public static void Write(Utf8JsonWriter json, QuantityClaim value)
    {
        var count = value.Quantity;
        json.WriteStartObject();
        JsonValues.WriteFigure(json, count.Low, count.High, value.Stated, value.Unit, count.Qualifier);
        if (count.Previous is { } previous) json.WriteNumber("from", JsonValues.Plain(previous));
        JsonValues.WriteTime(json, value.Time);
        json.WriteEndObject();
    }
}
