using System.Text.Json;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A count's or a percentage's <c>value</c>: amount, interval, unit and qualifier (the contract's quantity/percentage shape),
/// plus <c>from</c> for a change ("from 27 to 25") and <c>time</c> for a figure tied to a date ("in 2014").
/// </summary>
internal static class QuantityValueJson
{
    public static void Write(Utf8JsonWriter json, QuantityClaim value)
    {
        var count = value.Quantity;
        json.WriteStartObject();
        WriteFigure(json, count.Low, count.High, value.Stated, value.Unit, count.Qualifier);
        if (count.Previous is { } previous) json.WriteNumber("from", MoneyValueJson.Plain(previous));
        WriteTime(json, value.Time);
        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, PercentageClaim value)
    {
        var share = value.Percentage;
        json.WriteStartObject();
        WriteFigure(json, share.Low, share.High, value.Stated, "percent", share.Qualifier);
        WriteTime(json, value.Time);
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, decimal low, decimal high, ValueRange stated, string unit, Qualifier qualifier)
    {
        json.WriteNumber("amount", MoneyValueJson.Plain(low == high ? low : (low + high) / 2));
        WriteBound(json, "min", stated.Min);
        WriteBound(json, "max", stated.Max);
        json.WriteString("unit", unit);
        json.WriteString("qualifier", MoneyValueJson.QualifierName(qualifier));
    }

    /// <summary>"time": the date a figure is tied to, as ISO at its precision, or null with <c>relative</c> when its source has no date.</summary>
    internal static void WriteTime(Utf8JsonWriter json, FigureTime? time)
    {
        if (time is null) return;
        json.WriteStartObject("time");
        json.WriteString("text", time.Written);
        json.WriteString("value", time.Span?.Iso);
        if (time.Span is null) json.WriteBoolean("relative", true);
        json.WriteEndObject();
    }

    // Four decimals: a percentage's interval is fractions of a point, and the JSON must not change with floating-point details.
    private static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsPositiveInfinity(value)) json.WriteNull(name);
        else json.WriteNumber(name, MoneyValueJson.Plain(Math.Round((decimal)value, 4)));
    }
}
