using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Inputs;

namespace FactCheck.Reporting;

/// <summary>
/// How a claim was read, shown when the pointer or the focus is on it: the words and the value as read (with the conversion
/// and its rate), where it is, what it is about, every field of its JSON value and frame (the same writers as the JSON
/// report's, so the page shows what the JSON says), the source's date, and the findings it is on, as links.
/// </summary>
internal static class HtmlClaimCard
{
    /// <summary>Writes the card of <paramref name="claim"/> (hidden until the script shows it; not printed).</summary>
    public static void Write(StringBuilder html, Report report, ReportClaim claim, SourceDate? sourceDate, HtmlPageIds ids)
    {
        var value = claim.Value.Claim;
        html.Append("<div class=\"card\" id=\"card-").Append(ids.Of(claim)).Append("\">");
        html.Append("<p class=\"read\"><b>").Append(HtmlText.Escape(value.Mention.Kind.Name)).Append("</b> ").Append(HtmlText.Escape(AnnotationText.Claim(claim))).Append("</p>");
        var about = value.Subject is { } subject ? $"{subject} · {value.Attribute}" : "no subject";
        html.Append("<p class=\"where\">").Append(HtmlText.Escape($"{claim.Location} · {about}")).Append("</p>");
        var (fields, frame) = Fields(report, claim);
        if (sourceDate is not null)
            fields.Add(("source date", sourceDate.Origin == DateOrigin.InferredFromText ? $"{sourceDate.Iso} (read from the text)" : sourceDate.Iso));
        WriteList(html, "value", fields);
        WriteList(html, "frame", frame);
        foreach (var (finding, side) in ids.FindingsOf(claim))
        {
            var f = finding.Finding;
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"on\">On <a href=\"#{finding.Id}\" data-finding=\"{finding.Id}\">{finding.Id}</a> ")
                .Append(HtmlText.Escape($"{f.Rule}: {f.Subject ?? "(no subject)"} · {f.Attribute}, side {f.Values[side].Display}")).Append("</p>");
        }
        html.Append("</div>\n");
    }

    private static void WriteList(StringBuilder html, string name, List<(string Name, string Value)> fields)
    {
        if (fields.Count == 0) return;
        html.Append("<dl class=\"").Append(name).Append("\">");
        foreach (var (field, text) in fields)
            html.Append("<dt>").Append(HtmlText.Escape(field)).Append("</dt><dd>").Append(HtmlText.Escape(text)).Append("</dd>");
        html.Append("</dl>");
    }

    /// <summary>The claim's <c>value</c> and <c>frame</c> as the JSON report writes them, flattened to "inEuros.rate: 1 EUR = 0.8466 GBP".</summary>
    private static (List<(string, string)> Value, List<(string, string)> Frame) Fields(Report report, ReportClaim claim)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("value");
            report.Values.Write(json, claim.Value);
            FrameJson.Write(json, claim.Value.Frame);
            json.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        List<(string, string)> value = [], frame = [];
        Flatten(document.RootElement.GetProperty("value"), "", value);
        Flatten(document.RootElement.GetProperty("frame"), "", frame);
        return (value, frame);
    }

    private static void Flatten(JsonElement element, string path, List<(string, string)> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                break;
            case JsonValueKind.Array:
                fields.Add((path, string.Join(", ", element.EnumerateArray().Select(Scalar))));
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break; // a part that was not read says nothing
            default:
                fields.Add((path, Scalar(element)));
                break;
        }
    }

    /// <summary>A string as it is; a number with thousands separators ("17,000,000,000"), the way a reader counts zeros.</summary>
    private static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number when decimal.TryParse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            number.ToString("#,0.######", CultureInfo.InvariantCulture),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => element.GetRawText(),
    };
}
