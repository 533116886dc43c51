using System.Globalization;
using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Date;

/// <summary>
/// A date's <c>value</c>: ISO 8601 at its precision (<c>"2024-07"</c>, <c>"month"</c>), its first and last day, the part meant
/// ("late 1990s"), and for a relative date the source date it was counted from, or <c>"relative": true</c> and a null value
/// when the source declares no date. A time of day gives its minutes ("12:26", precision "minute") and its zone.
/// </summary>
internal static class DateValueJson
{
    public static void Write(Utf8JsonWriter json, DateClaim value)
    {
        json.WriteStartObject();
        var span = value.Span;
        if (value.Clock is { } clock)
        {
            // "12:26", "minute"; a time written as near a moment gives its first and last minute.
            json.WriteString("value", clock.First == clock.Last ? ClockTime.Hhmm(clock.First) : null);
            json.WriteString("precision", "minute");
            json.WriteString("min", ClockTime.Hhmm(clock.First));
            json.WriteString("max", ClockTime.Hhmm(clock.Last));
            if (clock.Zone is not null) json.WriteString("zone", clock.Zone);
            json.WriteEndObject();
            return;
        }
        json.WriteString("value", span?.Iso);
        json.WriteString("precision", LowerNames<DateUnit>.Of(span?.Unit ?? value.Date.Date.Unit));
        if (span is not null)
        {
            json.WriteString("min", span.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("max", span.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (span.Part != DatePart.Whole) json.WriteString("part", LowerNames<DatePart>.Of(span.Part));
        }
        else if (value.Date.Date.Part != DatePart.Whole) json.WriteString("part", LowerNames<DatePart>.Of(value.Date.Date.Part));
        if (value.Date.Date.IsRelative)
        {
            json.WriteBoolean("relative", true);
            json.WriteString("countedFrom", value.CountedFrom);
        }
        json.WriteEndObject();
    }
}
