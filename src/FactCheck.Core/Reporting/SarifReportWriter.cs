using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>
/// Writes SARIF 2.1.0, what code-scanning tools read. One result per side of a finding, located at the side's first claim,
/// with every other claim of the finding as a related location; each result carries a fingerprint (<see cref="Fingerprint"/>)
/// that survives lines moving. URIs are relative to the working directory (<c>uriBaseId</c> <see cref="UriBaseId"/>).
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The base the artifact URIs are relative to: the folder the check ran in (a repository's root, in CI).</summary>
    public const string UriBaseId = "SRCROOT";

    /// <summary>The key of FactCheck's fingerprint in <c>partialFingerprints</c>; the version changes if the fingerprint's recipe does.</summary>
    public const string FingerprintKey = "factcheck/v1";

    // The package's page: the project has no other public home yet.
    private const string InformationUri = "https://www.nuget.org/packages/FactCheck.Cli";

    // Enough for every claim of a finding between a few articles. A finding with hundreds of sides (unrelated articles
    // sharing a subject word) would otherwise give each of its results every other claim: gigabytes on the bench corpus.
    private const int MaxRelatedLocations = 25;

    /// <inheritdoc/>
    public string Format => "sarif";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var rules = report.Diagnostics.IsEmpty ? report.Rules : [.. report.Rules.Concat(FileRules).OrderBy(r => r.Id, StringComparer.Ordinal)];
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report, rules);
            WriteInvocation(json, report);
            json.WriteString("columnKind", "utf16CodeUnits");
            WriteStories(json, report);
            json.WriteStartArray("results");
            // Passed on between the results, as the JSON report's items are, not held whole.
            foreach (var finding in report.Findings)
            {
                WriteResults(json, finding, rules, suppressed: false);
                JsonOutput.FlushSometimes(json);
            }
            // Accepted in a baseline: still results, marked suppressed, so code scanning keeps their alerts (dismissed) instead
            // of closing them as fixed.
            foreach (var finding in report.Baselined)
            {
                WriteResults(json, finding, rules, suppressed: true);
                JsonOutput.FlushSometimes(json);
            }
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteResult(json, diagnostic, rules);
                JsonOutput.FlushSometimes(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The stories the sources were grouped into, in the run's property bag (SARIF has no place of its own for them): a
    /// finding's message names its story, and this says which sources that story holds.
    /// </summary>
    private static void WriteStories(Utf8JsonWriter json, Report report)
    {
        if (report.Stories.IsEmpty) return;
        json.WriteStartObject("properties");
        JsonReportWriter.WriteStories(json, report);
        json.WriteEndObject();
    }

    /// <summary>The rules of the files themselves, listed only in a report that has such problems.</summary>
    private static readonly RuleDefinition[] FileRules =
    [
        new(FileDiagnostic.SourceError, "file", "error",
            "A file could not be read (binary, not UTF-8, too large, unreadable, broken front matter): it is left out of the check, and the check fails.",
            [], [], null) { Summary = "A file could not be read." },
        new(FileDiagnostic.SourceWarning, "file", "warning",
            "A value in a file could not be used (a front-matter date FactCheck cannot read): the file is checked without it.",
            [], [], null) { Summary = "Something a file says could not be used." },
    ];

    /// <summary>
    /// With problems in the files, the run's invocation: whether it succeeded (not when a file could not be read) and one
    /// notification per problem, as SARIF reports what kept a tool from analysing everything.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter json, Report report)
    {
        if (report.Diagnostics.IsEmpty) return;
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.HasUnreadableSources);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("level", Level(diagnostic.Severity.ToString().ToLowerInvariant()));
            WriteText(json, "message", diagnostic.Message);
            WriteFileLocations(json, diagnostic);
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Rule);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A problem with a file, as a result too: code scanning shows results, not notifications.</summary>
    private static void WriteResult(Utf8JsonWriter json, FileDiagnostic diagnostic, ImmutableArray<RuleDefinition> rules)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Rule);
        json.WriteNumber("ruleIndex", rules.Select(r => r.Id).ToList().IndexOf(diagnostic.Rule));
        json.WriteString("level", Level(diagnostic.Severity.ToString().ToLowerInvariant()));
        WriteText(json, "message", diagnostic.Message);
        WriteFileLocations(json, diagnostic);
        json.WriteEndObject();
    }

    private static void WriteFileLocations(Utf8JsonWriter json, FileDiagnostic diagnostic)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri.Of(diagnostic.Path));
        json.WriteString("uriBaseId", UriBaseId);
        json.WriteEndObject();
        if (diagnostic.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteTool(Utf8JsonWriter json, Report report, ImmutableArray<RuleDefinition> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "factcheck");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            WriteText(json, "shortDescription", rule.Summary);
            WriteText(json, "fullDescription", rule.Description);
            // The level the run gives the rule, its factcheck.yml applied; a rule turned off is listed, and not enabled.
            json.WriteStartObject("defaultConfiguration");
            if (!rule.Enabled) json.WriteBoolean("enabled", false);
            json.WriteString("level", rule.Enabled ? Level(rule.Level) : "none");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter json, ReportFinding item, ImmutableArray<RuleDefinition> rules, bool suppressed)
    {
        var finding = item.Finding;
        var ruleIndex = rules.Select(r => r.Id).ToList().IndexOf(finding.Rule);
        var reported = new HashSet<ReportClaim>(ReferenceEqualityComparer.Instance);
        // Every claim of the finding but a result's own is related to it.
        var relatedCount = item.Sides.SelectMany(claims => claims).Distinct<ReportClaim>(ReferenceEqualityComparer.Instance).Count() - 1;
        var shown = relatedCount > MaxRelatedLocations
            ? string.Create(CultureInfo.InvariantCulture, $" The related locations show {MaxRelatedLocations} of the {relatedCount} other claims.")
            : "";
        for (var side = 0; side < item.Sides.Length; side++)
        {
            var claims = item.Sides[side];
            // "$100bn (£60bn)": both sides of a restatement are the same claim, and one result says it all.
            var fresh = false;
            foreach (var claim in claims) fresh |= reported.Add(claim);
            if (!fresh) continue;
            var first = claims[0];
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule);
            if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(finding.Severity.ToString().ToLowerInvariant()));
            WriteText(json, "message", $"{AnnotationText.Message(finding)} Here: {AnnotationText.Claim(first)}; this side says {finding.Values[side].Display}.{shown}");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, first);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteRelatedLocations(json, item, side, [.. RelatedClaims(item, side).Take(MaxRelatedLocations)]);
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, Fingerprint.Of(item, side, first));
            json.WriteEndObject();
            if (suppressed) WriteBaselineSuppression(json);
            if (finding.Story is not null || finding.MatchedOn is not null)
            {
                json.WriteStartObject("properties");
                if (finding.Story is { } story) json.WriteString("story", story);
                if (finding.MatchedOn is { } matched) json.WriteString("matchedOn", matched);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
    }

    /// <summary>SARIF 2.1.0 §3.35: a suppression kept outside the source, here the baseline file.</summary>
    private static void WriteBaselineSuppression(Utf8JsonWriter json)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", "external");
        json.WriteString("status", "accepted");
        json.WriteString("justification", "Accepted in the baseline (factcheck baseline; check --baseline).");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// Every other claim of the finding, each once: first one per other value (the competing values matter most), then
    /// the rest of the other sides, then the claims that agree with this side.
    /// </summary>
    private static IEnumerable<(ReportClaim Claim, int Side)> RelatedClaims(ReportFinding item, int side)
    {
        var others = item.Sides.Select((claims, s) => (Claims: claims, Side: s)).Where(x => x.Side != side);
        return others.Select(x => (Claim: x.Claims[0], x.Side))
            .Concat(others.SelectMany(x => x.Claims.Skip(1).Select(c => (Claim: c, x.Side))))
            .Concat(item.Sides[side].Skip(1).Select(c => (Claim: c, Side: side)))
            .DistinctBy(r => r.Claim, ReferenceEqualityComparer.Instance)
            .Where(r => !ReferenceEquals(r.Claim, item.Sides[side][0]));
    }

    private static void WriteRelatedLocations(Utf8JsonWriter json, ReportFinding item, int side, List<(ReportClaim Claim, int Side)> related)
    {
        if (related.Count == 0) return;
        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < related.Count; i++)
        {
            var (claim, s) = related[i];
            json.WriteStartObject();
            json.WriteNumber("id", i + 1);
            WritePhysicalLocation(json, claim);
            var relation = s == side ? "Same value" : "Other value";
            WriteText(json, "message", $"{relation}, {item.Finding.Values[s].Display}: {AnnotationText.Claim(claim)}.");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, ReportClaim claim)
    {
        var location = claim.Location;
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri.Of(location.Path));
        json.WriteString("uriBaseId", UriBaseId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn); // SARIF's end column is exclusive, as ours is
        WriteText(json, "snippet", claim.Value.Claim.Mention.Text);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's levels: error, warning, note.</summary>
    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
