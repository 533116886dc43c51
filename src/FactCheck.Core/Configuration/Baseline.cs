using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Files;
using FactCheck.Inputs;

namespace FactCheck.Configuration;

/// <summary>
/// Findings an editor has judged and accepted, by fingerprint (<c>Reporting/FindingFingerprint</c>): <c>check --baseline</c>
/// hides them. The file is JSON, sorted, one entry per finding with what it was about, so that its diff can be reviewed.
/// </summary>
public sealed record Baseline(ImmutableArray<BaselineEntry> Entries)
{
    /// <summary>The file <c>factcheck baseline</c> writes and the language server reads and adds to, unless told another.</summary>
    public const string DefaultFile = "factcheck-baseline.json";

    private const int Version = 1;

    /// <summary>Some 300,000 findings: more than any check reports.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "€20bn" stays readable in a diff
    };

    private readonly FrozenSet<string> fingerprints = Entries.Select(e => e.Fingerprint).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the baseline holds a finding with this fingerprint.</summary>
    public bool Contains(string fingerprint) => fingerprints.Contains(fingerprint);

    /// <summary>Writes the baseline: entries sorted by rule, subject, attribute and fingerprint; the same findings give the same bytes.</summary>
    public void Write(TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var entry in Entries.DistinctBy(e => e.Fingerprint)
                .OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Subject, StringComparer.Ordinal)
                .ThenBy(e => e.Attribute, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("fingerprint", entry.Fingerprint);
                json.WriteString("rule", entry.Rule);
                json.WriteString("subject", entry.Subject);
                json.WriteString("attribute", entry.Attribute);
                json.WriteStartArray("values");
                foreach (var value in entry.Values) json.WriteStringValue(value);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    /// <summary>The baseline at <paramref name="path"/> (relative to <paramref name="workingDirectory"/>), or what is wrong with it.</summary>
    public static (Baseline? Baseline, UserError? Error) Read(string workingDirectory, string path)
    {
        var (bytes, readError) = UserFile.ReadBytes(Path.GetFullPath(path, workingDirectory), path, MaxBytes, "no such baseline file (factcheck baseline writes one)");
        if (bytes is null) return (null, readError);
        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0)); // an editor may add a BOM
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                return (null, new UserError(path, null, "is not a FactCheck baseline (it needs \"version\" and \"findings\")"));
            if (version.GetInt32() != Version) return (null, new UserError(path, null, $"is a baseline of version {version.GetInt32()}; this FactCheck reads version {Version}"));
            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var item in findings.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                    return (null, new UserError(path, null, $"finding {entries.Count + 1} has no \"fingerprint\""));
                entries.Add(new BaselineEntry(fingerprint.GetString()!, Optional(item, "rule") ?? "", Optional(item, "subject"), Optional(item, "attribute") ?? "", Values(item)));
            }
            return (new Baseline(entries.ToImmutable()), null);
        }
        catch (JsonException e)
        {
            return (null, new UserError(path, (int)(e.LineNumber ?? 0) + 1, "is not valid JSON: " + e.Message.Split(" Path:")[0]));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            // A version that is not a whole number, or a string holding a lone UTF-16 surrogate ("\ud800"), which no fingerprint holds.
            return (null, new UserError(path, null, "is not a FactCheck baseline: " + e.Message));
        }
    }

    // Kept so that a baseline written again with one more entry (the language server's "accept") changes by that entry only.
    private static ImmutableArray<string> Values(JsonElement item) =>
        item.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
