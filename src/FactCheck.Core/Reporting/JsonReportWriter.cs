using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using FactCheck.Comparison;
using FactCheck.Inputs;

namespace FactCheck.Reporting;

/// <summary>Writes the JSON report of <c>report-contract.md</c>, version 1. Field names and meanings are a public interface.</summary>
public sealed class JsonReportWriter : IByteReportWriter
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output) => JsonOutput.Write(output, json => WriteReport(json, report));

    /// <inheritdoc/>
    public void Write(Report report, Stream output) => JsonOutput.Write(output, json => WriteReport(json, report));

    private static void WriteReport(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartObject("tool");
        json.WriteString("name", "factcheck");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
        // The story of each source, for the sources and the claims: built once, 29,151 entries on the bench corpus.
        var storyOf = new Dictionary<string, string>(report.Sources.Length, StringComparer.Ordinal);
        foreach (var story in report.Stories)
            foreach (var id in story.Sources) storyOf.Add(id, story.Id);
        WriteSources(json, report, storyOf);
        WriteStories(json, report);
        WriteClaims(json, report, storyOf);
        WriteFindings(json, "findings", report.Findings);
        if (!report.Context.IsEmpty) WriteFindings(json, "context", report.Context);
        WriteDiagnostics(json, "errors", report.Diagnostics.Where(d => d.Rule == FileDiagnostic.SourceError));
        WriteDiagnostics(json, "warnings", report.Diagnostics.Where(d => d.Rule != FileDiagnostic.SourceError));
        if (report.HiddenByBaseline is { } hidden) json.WriteNumber("hiddenByBaseline", hidden);
        json.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter json, Report report, Dictionary<string, string> storyOf)
    {
        // Passed on as they go, as the claims are: held whole, the sources of a corpus grew the writer's buffer by
        // doubling (17 MB of arrays on the bench corpus), the stories as many.
        JsonArrayChunks.Write(json, "sources", report.Sources, (json, source) =>
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("language", source.Language.Code);
            json.WriteString("date", source.Date?.Iso);
            json.WriteString("dateOrigin", source.Date?.Origin == DateOrigin.InferredFromText ? "text" : source.Date is null ? null : "declared");
            json.WriteString("role", source.Role == SourceRole.Draft ? "draft" : "reference");
            json.WriteString("title", source.Title);
            json.WriteString("outlet", source.Outlet);
            json.WriteString("story", storyOf.GetValueOrDefault(source.Id));
            json.WriteEndObject();
        });
    }

    /// <summary>The report's stories as the JSON contract gives them; SARIF writes the same array in its run's properties.</summary>
    internal static void WriteStories(Utf8JsonWriter json, Report report)
    {
        JsonArrayChunks.Write(json, "stories", report.Stories, static (json, story) =>
        {
            json.WriteStartObject();
            json.WriteString("id", story.Id);
            json.WriteString("label", story.Label);
            json.WriteStartArray("sources");
            foreach (var source in story.Sources) json.WriteStringValue(source);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteClaims(Utf8JsonWriter json, Report report, Dictionary<string, string> storyOf)
    {
        JsonArrayChunks.Write(json, "claims", report.Claims, (json, claim) =>
        {
            var mention = claim.Value.Claim.Mention;
            json.WriteStartObject();
            WriteId(json, claim);
            json.WriteString("source", mention.Sentence.Source.Id);
            json.WriteString("kind", mention.Kind.Name);
            // A text released between the passes (most of a large run's) is copied from its UTF-8, not decoded into a string a claim.
            if (mention.Sentence.Source.Released is { } released && released.Utf8At(mention.Span, out var utf8)) json.WriteString("text", utf8);
            else json.WriteString("text", mention.Text);
            json.WriteNumber("line", claim.Location.Line);
            json.WriteNumber("column", claim.Location.Column);
            json.WriteNumber("endLine", claim.Location.EndLine);
            json.WriteNumber("endColumn", claim.Location.EndColumn);
            json.WriteString("subject", claim.Value.Claim.Subject);
            json.WriteString("attribute", claim.Value.Claim.Attribute);
            json.WritePropertyName("value");
            report.Values.Write(json, claim.Value);
            json.WriteString("display", claim.Display);
            json.WriteString("story", storyOf.GetValueOrDefault(mention.Sentence.Source.Id));
            FrameJson.Write(json, claim.Value.Frame);
            json.WriteString("sentence", claim.Sentence);
            json.WriteEndObject();
        });
    }

    /// <summary>A claim's id (<see cref="ReportClaim.Id"/>), written from the stack: made a string, it was one more a claim.</summary>
    private static void WriteId(Utf8JsonWriter json, ReportClaim claim)
    {
        Span<char> id = stackalloc char[256];
        if (id.TryWrite(CultureInfo.InvariantCulture, $"{claim.SourceId}#{claim.Number}", out var length)) json.WriteString("id", id[..length]);
        else json.WriteString("id", claim.Id);
    }

    /// <summary><c>errors</c>: the files that could not be read; <c>warnings</c>: what could not be used in the others.</summary>
    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<FileDiagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("rule", diagnostic.Rule);
            json.WriteString("severity", LowerNames<Severity>.Of(diagnostic.Severity));
            json.WriteString("source", diagnostic.Path);
            if (diagnostic.Line is { } line) json.WriteNumber("line", line);
            else json.WriteNull("line");
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
            JsonOutput.FlushSometimes(json);
        }
        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, ImmutableArray<ReportFinding> findings)
    {
        json.WriteStartArray(name);
        foreach (var item in findings)
        {
            var finding = item.Finding;
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", LowerNames<Severity>.Of(finding.Severity));
            json.WriteString("subject", finding.Subject);
            json.WriteString("attribute", finding.Attribute);
            json.WriteString("message", finding.Message);
            json.WriteString("story", finding.Story);
            json.WriteString("matchedOn", finding.MatchedOn);
            json.WriteStartArray("values");
            for (var i = 0; i < finding.Values.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("display", finding.Values[i].Display);
                json.WriteStartArray("claims");
                foreach (var claim in item.Sides[i]) json.WriteStringValue(claim.Id);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            JsonOutput.FlushSometimes(json);
        }
        json.WriteEndArray();
    }
}
