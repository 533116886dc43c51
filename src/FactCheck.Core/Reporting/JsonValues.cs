using System.Text.Json;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>The pieces the kinds' JSON values share: plain numbers, rounded bounds, the contract's qualifier names, a figure and its time.</summary>
public static class JsonValues
{
    /// <summary>"21600000000", not "21600000000.0": a decimal remembers the zeros of the arithmetic that made it.</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A bound rounded to whole units (a cent of a billion is noise, and the JSON must not change with floating-point details); null for no bound.</summary>
    public static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsPositiveInfinity(value)) json.WriteNull(name);
        // Beyond decimal's range (a yen figure of 29 digits converted to euros) the double is written as it is.
        else if (Math.Abs(value) >= 7.9e28) json.WriteNumber(name, Math.Round(value));
        else json.WriteNumber(name, Math.Round((decimal)value));
    }

    /// <summary>The contract's qualifier names; "nearly" is reported as at-most (its interval says how far below).</summary>
    public static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.Nearly or Qualifier.AtMost => "at-most",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.UpTo => "up-to",
        _ => "exact",
    };

    /// <summary>A count's or a percentage's figure: amount, interval, unit and qualifier (the contract's quantity/percentage shape).</summary>
    public static void WriteFigure(Utf8JsonWriter json, decimal low, decimal high, ValueRange stated, string unit, Qualifier qualifier)
    {
        json.WriteNumber("amount", Plain(low == high ? low : (low + high) / 2));
        WriteFineBound(json, "min", stated.Min);
        WriteFineBound(json, "max", stated.Max);
        json.WriteString("unit", unit);
        json.WriteString("qualifier", QualifierName(qualifier));
    }

    /// <summary>"time": the date a figure is tied to, as ISO at its precision, or null with <c>relative</c> when its source has no date.</summary>
    public static void WriteTime(Utf8JsonWriter json, FigureTime? time)
    {
        if (time is null) return;
        json.WriteStartObject("time");
        json.WriteString("text", time.Written);
        json.WriteString("value", time.Span?.Iso);
        if (time.Span is null) json.WriteBoolean("relative", true);
        json.WriteEndObject();
    }

    // Four decimals: a percentage's interval is fractions of a point, and the JSON must not change with floating-point details.
    private static void WriteFineBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsPositiveInfinity(value)) json.WriteNull(name);
        else json.WriteNumber(name, Plain(Math.Round((decimal)value, 4)));
    }
}
