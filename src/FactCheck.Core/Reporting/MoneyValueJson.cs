using System.Text.Json;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Reporting;

/// <summary>A money claim's <c>value</c>: amount, interval, currency and qualifier, plus its conversion to euros and any bracketed restatement.</summary>
internal static class MoneyValueJson
{
    public static void Write(Utf8JsonWriter json, MoneyClaim value)
    {
        var money = value.Money;
        json.WriteStartObject();
        json.WriteNumber("amount", Plain(money.Low == money.High ? money.Low : (money.Low + money.High) / 2));
        WriteBound(json, "min", value.Stated.Min);
        WriteBound(json, "max", value.Stated.Max);
        json.WriteString("currency", money.Currency);
        json.WriteString("qualifier", QualifierName(money.Qualifier));
        if (value.InEuros is { } euros && money.Currency != "EUR")
        {
            json.WriteStartObject("inEuros");
            WriteBound(json, "min", euros.Min);
            WriteBound(json, "max", euros.Max);
            json.WriteString("rate", value.Rate?.ToString());
            json.WriteEndObject();
        }
        if (money.Restatement is { } restated)
        {
            json.WriteStartObject("restatedAs");
            json.WriteNumber("amount", Plain(restated.Low));
            json.WriteString("currency", restated.Currency);
            json.WriteString("text", restated.Text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>"21600000000", not "21600000000.0": a decimal remembers the zeros of the arithmetic that made it.</summary>
    internal static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    // Rounded to whole units: a cent of a billion is noise, and the JSON must not change with floating-point details.
    internal static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsPositiveInfinity(value)) json.WriteNull(name);
        // Beyond decimal's range (a yen figure of 29 digits converted to euros) the double is written as it is.
        else if (Math.Abs(value) >= 7.9e28) json.WriteNumber(name, Math.Round(value));
        else json.WriteNumber(name, Math.Round((decimal)value));
    }

    /// <summary>The contract's qualifier names; "nearly" is reported as at-most (its interval says how far below).</summary>
    internal static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.Nearly or Qualifier.AtMost => "at-most",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.UpTo => "up-to",
        _ => "exact",
    };
}
