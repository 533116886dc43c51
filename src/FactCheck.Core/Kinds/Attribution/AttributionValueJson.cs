using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// An attribution's <c>value</c>: the contract's speaker, quote and anonymous, plus the speaker as written
/// (<c>speakerText</c>), the kind of speaker, whether the statement is reported speech, and how the speaker was read.
/// </summary>
internal static class AttributionValueJson
{
    public static void Write(Utf8JsonWriter json, AttributionClaim value)
    {
        var mention = value.Attribution;
        json.WriteStartObject();
        json.WriteString("speaker", value.Speaker.Name);
        json.WriteString("quote", mention.Quote);
        json.WriteBoolean("anonymous", value.Speaker.Kind == SpeakerKind.Anonymous);
        json.WriteString("speakerText", mention.Speaker?.Text.Replace('\n', ' '));
        json.WriteString("speakerKind", LowerNames<SpeakerKind>.Of(value.Speaker.Kind));
        json.WriteBoolean("reported", mention.Reported);
        // Added to contract v1: written only for a denial ("X never said"), so reports without one are unchanged.
        if (mention.Denied) json.WriteBoolean("denied", true);
        json.WriteString("reading", value.Reading);
        json.WriteEndObject();
    }
}
