using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.LanguageServer.Protocol;
using FactCheck.Reporting;

namespace FactCheck.LanguageServer;

/// <summary>
/// What a hover over a claim shows: the value as read and how (the conversion and rate, the date a relative date was
/// counted from), what it was bound to, why it was compared (the finding's frame), and the claim's <c>value</c> and
/// <c>frame</c> exactly as the JSON report writes them.
/// </summary>
internal static class ClaimHover
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The hover of the claim of <paramref name="extract"/> under <paramref name="position"/> in <paramref name="draftId"/>, or null.</summary>
    /// <remarks><paramref name="check"/>, the draft's last check, says which finding the claim is in, if any.</remarks>
    public static Hover? At(Report extract, Report? check, string draftId, Position position)
    {
        // The narrowest claim: a reported statement holds the figures said in it, and the cursor is on one of those.
        var claim = extract.Claims.Where(c => c.Location.Path == draftId && DraftDiagnostics.RangeOf(c.Location).Holds(position))
            .MinBy(c => c.Value.Claim.Mention.Span.End - c.Value.Claim.Mention.Span.Start);
        if (claim is null) return null;
        var mention = claim.Value.Claim.Mention;
        var text = new StringBuilder();
        var subject = claim.Value.Claim.Subject is { } s ? $" · {s}.{claim.Value.Claim.Attribute}" : "";
        text.Append(CultureInvariant($"**{claim.Display}** ({mention.Kind.Name}{subject})\n\n"));
        text.Append(AnnotationText.Claim(claim)).Append("\n\n");
        var finding = check?.Findings.FirstOrDefault(f => f.Sides.Any(side => side.Any(c => c.Location == claim.Location)));
        if (finding is not null && AnnotationText.MatchedOn(finding.Finding) is { } why)
            text.Append(CultureInvariant($"{finding.Finding.Rule}: {why}\n\n"));
        text.Append("```json\n").Append(ValueAndFrame(extract, claim)).Append("\n```\n");
        return new Hover(new MarkupContent("markdown", text.ToString()), DraftDiagnostics.RangeOf(claim.Location));
    }

    /// <summary>The claim's <c>value</c> and <c>frame</c> objects, written by the JSON report's own writers.</summary>
    private static string ValueAndFrame(Report report, ReportClaim claim)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WritePropertyName("value");
            report.Values.Write(json, claim.Value);
            FrameJson.Write(json, claim.Value.Frame);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
