using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Money;

/// <summary>A money claim's <c>value</c>: amount, interval, currency and qualifier, plus its conversion to euros and any bracketed restatement.</summary>
internal static class MoneyValueJson
{
    public static void Write(Utf8JsonWriter json, MoneyClaim value)
    {
        var money = value.Money;
        json.WriteStartObject();
        json.WriteNumber("amount", JsonValues.Plain(money.Low == money.High ? money.Low : (money.Low + money.High) / 2));
        WriteBound(json, "min", value.Stated.Min);
        WriteBound(json, "max", value.Stated.Max);
        json.WriteString("currency", money.Currency);
        json.WriteString("qualifier", JsonValues.QualifierName(money.Qualifier));
        if (money.Per is { } per) json.WriteString("per", per);
        if (money.Currency is not null && value.InEuros is null) json.WriteBoolean("converted", false);
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
            json.WriteNumber("amount", JsonValues.Plain(restated.Low == restated.High ? restated.Low : (restated.Low + restated.High) / 2));
            if (restated.Low != restated.High)
            {
                json.WriteNumber("min", JsonValues.Plain(restated.Low));
                json.WriteNumber("max", JsonValues.Plain(restated.High));
            }
            json.WriteString("currency", restated.Currency);
            json.WriteString("qualifier", JsonValues.QualifierName(restated.Qualifier));
            json.WriteString("text", restated.Text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// A bound in whole units for a large amount (a cent of a billion is noise), to four decimals under a million ("25 cts"
    /// is 0.245 to 0.255, not 0 to 0); the JSON must not change with floating-point details, so it is rounded either way.
    /// </summary>
    private static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value) && Math.Abs(value) < 1e6) json.WriteNumber(name, JsonValues.Plain(Math.Round((decimal)value, 4)));
        else JsonValues.WriteBound(json, name, value);
    }
}
