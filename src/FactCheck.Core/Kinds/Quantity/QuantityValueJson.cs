using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A quantity's <c>value</c>: amount, interval, unit and qualifier (the contract's quantity shape), then what the unit is:
/// <c>dimension</c> ("count", "length", "volume/duration"...), <c>counted</c> (the noun, for a count), <c>unitCode</c> (the
/// unit's id, for a unit of measure) and <c>si</c> (the figure in the base unit of its dimension: <c>amount</c>,
/// <c>min</c>, <c>max</c>, <c>unit</c>); <c>from</c> for a change ("from 27 to 25") and <c>time</c> for a figure tied to a
/// date ("in 2014").
/// </summary>
internal static class QuantityValueJson
{
    private const int Digits = 9;

    public static void Write(Utf8JsonWriter json, QuantityClaim value)
    {
        var count = value.Quantity;
        var measure = count.Measure;
        json.WriteStartObject();
        JsonValues.WriteFigure(json, count.Low, count.High, value.Stated, value.Unit, count.Qualifier);
        json.WriteString("dimension", measure.Dimension);
        if (measure.Noun is { } noun) json.WriteString("counted", noun);
        if (measure.Code is { } code) json.WriteString("unitCode", code);
        if (value.InBase is { } inBase && measure.ToBase((double)((count.Low + count.High) / 2)) is { } amount)
        {
            json.WriteStartObject("si");
            WriteSignificant(json, "amount", amount);
            WriteSignificant(json, "min", inBase.Min);
            if (double.IsPositiveInfinity(inBase.Max)) json.WriteNull("max"); // "more than 40 km" has no upper bound
            else WriteSignificant(json, "max", inBase.Max);
            json.WriteString("unit", UnitCatalog.Shipped.BaseSymbols.GetValueOrDefault(measure.Unit?.Dimension ?? "", "1") + (measure.Per is null ? "" : "/s"));
            json.WriteEndObject();
        }
        if (count.Previous is { } previous) json.WriteNumber("from", JsonValues.Plain(previous));
        JsonValues.WriteTime(json, value.Time);
        json.WriteEndObject();
    }

    /// <summary>A value to nine significant digits: a conversion's last digits are floating-point noise, and the JSON must not change with them.</summary>
    private static void WriteSignificant(Utf8JsonWriter json, string name, double value)
    {
        // Beyond decimal's range (a hostile "10^20 TWh" in joules) the double is written as it is.
        if (value == 0 || Math.Abs(value) >= 1e27)
        {
            json.WriteNumber(name, value);
            return;
        }
        var scale = Math.Pow(10, Digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        json.WriteNumber(name, JsonValues.Plain((decimal)(Math.Round(value * scale) / scale)));
    }
}
