using System.Text.Json;
using FactCheck.Frames;

namespace FactCheck.Reporting;

/// <summary>
/// A claim's <c>frame</c> in the JSON report: <c>measure</c> (<c>key</c>, <c>written</c>, <c>origin</c>), <c>holder</c>
/// (<c>name</c>, <c>key</c>), <c>scope</c> (<c>time</c>, <c>basis</c>, <c>part</c>, <c>round</c>) and <c>status</c>; a
/// part that was not read is null.
/// </summary>
internal static class FrameJson
{
    public static void Write(Utf8JsonWriter json, ClaimFrame frame)
    {
        json.WriteStartObject("frame");
        if (frame.Measure is { } measure)
        {
            json.WriteStartObject("measure");
            json.WriteString("key", measure.Key);
            json.WriteString("written", measure.Written);
            json.WriteString("origin", LowerNames<MeasureOrigin>.Of(measure.Origin));
            json.WriteEndObject();
        }
        else json.WriteNull("measure");
        if (frame.Holder is { } holder)
        {
            json.WriteStartObject("holder");
            json.WriteString("name", holder.Name);
            json.WriteString("key", holder.Key);
            if (holder.Target is { } target) json.WriteString("for", target);
            json.WriteEndObject();
        }
        else json.WriteNull("holder");
        json.WriteStartObject("scope");
        json.WriteString("time", frame.Scope.Time?.Span?.Iso ?? frame.Scope.Time?.Written);
        json.WriteString("basis", frame.Scope.Basis);
        json.WriteBoolean("part", frame.Scope.IsPart);
        json.WriteString("round", frame.Scope.Round);
        json.WriteEndObject();
        json.WriteString("status", LowerNames<ClaimStatus>.Of(frame.Status));
        json.WriteEndObject();
    }
}
