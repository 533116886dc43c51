using System.Text.Json;

namespace FactCheck.Kinds.Place;

/// <summary>
/// A place claim's <c>value</c>: the contract's canonical <c>name</c> and <c>country</c> (ISO 3166-1 alpha-2, null for a
/// continent), plus the gazetteer's <c>id</c> and <c>within</c>, the names of the places that contain it, nearest first.
/// </summary>
internal static class PlaceValueJson
{
    public static void Write(Utf8JsonWriter json, PlaceClaim value)
    {
        var place = value.Place;
        json.WriteStartObject();
        json.WriteString("name", place.Name);
        json.WriteString("country", place.Country);
        json.WriteString("id", place.Id);
        json.WriteStartArray("within");
        foreach (var container in place.Containers) json.WriteStringValue(container.Name);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
