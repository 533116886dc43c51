using System.Text;
using System.Text.Json;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// Writes reviewdog's Diagnostic Format as one JSON document (rdjson, the <c>DiagnosticResult</c> message of
/// reviewdog/proto/rdf): one diagnostic per finding at the draft's claim or the first side's (<see cref="FindingAnchor"/>), the
/// other claims as related locations, and one per file that could not be read or value that could not be used. Columns are
/// UTF-8 bytes, as the format asks; findings a baseline accepted are left out (reviewdog would comment on them).
/// </summary>
public sealed class RdjsonReportWriter : IReportWriter
{
    // As many as SARIF's related locations: enough for a finding between a few articles, short for one of hundreds.
    private const int MaxRelatedLocations = 25;

    /// <inheritdoc/>
    public string Format => "rdjson";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        WriteSource(json);
        json.WriteStartArray("diagnostics");
        foreach (var item in report.Findings)
        {
            var (claim, _) = FindingAnchor.Of(item);
            json.WriteStartObject();
            json.WriteString("message", FindingAnchor.Message(item));
            WriteLocation(json, "location", claim);
            json.WriteString("severity", Severity(item.Finding.Severity));
            WriteSource(json);
            json.WriteStartObject("code");
            json.WriteString("value", item.Finding.Rule);
            json.WriteEndObject();
            var related = item.Sides.SelectMany(side => side).Distinct<ReportClaim>(ReferenceEqualityComparer.Instance)
                .Where(c => !ReferenceEquals(c, claim)).Take(MaxRelatedLocations).ToList();
            if (related.Count > 0)
            {
                json.WriteStartArray("related_locations");
                foreach (var other in related)
                {
                    json.WriteStartObject();
                    json.WriteString("message", AnnotationText.Claim(other));
                    WriteLocation(json, "location", other);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            JsonOutput.FlushSometimes(json);
        }
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("message", diagnostic.Message);
            json.WriteStartObject("location");
            json.WriteString("path", diagnostic.Path);
            if (diagnostic.Line is { } line)
            {
                json.WriteStartObject("range");
                json.WriteStartObject("start");
                json.WriteNumber("line", line);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteString("severity", Severity(diagnostic.Severity));
            json.WriteStartObject("code");
            json.WriteString("value", diagnostic.Rule);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteSource(Utf8JsonWriter json)
    {
        json.WriteStartObject("source");
        json.WriteString("name", "factcheck");
        json.WriteEndObject();
    }

    /// <summary>The claim's path and range, its columns counted in UTF-8 bytes from the start of its line.</summary>
    private static void WriteLocation(Utf8JsonWriter json, string name, ReportClaim claim)
    {
        var location = claim.Location;
        var mention = claim.Value.Claim.Mention;
        var text = mention.Sentence.Source.WholeText;
        json.WriteStartObject(name);
        json.WriteString("path", location.Path);
        json.WriteStartObject("range");
        WritePosition(json, "start", location.Line, Utf8Column(text, mention.Span.Start, location.Column));
        WritePosition(json, "end", location.EndLine, Utf8Column(text, mention.Span.End, location.EndColumn));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int line, int column)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
        json.WriteEndObject();
    }

    /// <summary>The 1-based UTF-8 column of <paramref name="offset"/>, whose UTF-16 column is <paramref name="utf16Column"/>.</summary>
    private static int Utf8Column(string text, int offset, int utf16Column) =>
        Encoding.UTF8.GetByteCount(text.AsSpan(offset - (utf16Column - 1), utf16Column - 1)) + 1;

    private static string Severity(Severity severity) => severity switch
    {
        Comparison.Severity.Error => "ERROR",
        Comparison.Severity.Warning => "WARNING",
        _ => "INFO",
    };
}
