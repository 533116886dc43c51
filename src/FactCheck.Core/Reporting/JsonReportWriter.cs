using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Sources;

namespace FactCheck.Reporting;

/// <summary>Writes the JSON report of <c>report-contract.md</c>, version 1. Field names and meanings are a public interface.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n", // byte-identical on every machine
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "milliards d’euros" stays readable; the output is not embedded in HTML
    };

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartObject("tool");
            json.WriteString("name", "factcheck");
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            WriteSources(json, report);
            WriteClaims(json, report);
            WriteFindings(json, report);
            if (report.HiddenByBaseline is { } hidden) json.WriteNumber("hiddenByBaseline", hidden);
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteSources(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("sources");
        foreach (var source in report.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("language", source.Language);
            json.WriteString("date", source.Date?.Iso);
            json.WriteString("dateOrigin", source.Date?.Origin == DateOrigin.InferredFromText ? "text" : source.Date is null ? null : "declared");
            json.WriteString("role", source.Role == SourceRole.Draft ? "draft" : "reference");
            json.WriteString("title", source.Title);
            json.WriteString("outlet", source.Outlet);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("claims");
        foreach (var claim in report.Claims)
        {
            var mention = claim.Value.Claim.Mention;
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("source", mention.Sentence.Source.Id);
            json.WriteString("kind", "money");
            json.WriteString("text", mention.Text);
            json.WriteNumber("line", claim.Location.Line);
            json.WriteNumber("column", claim.Location.Column);
            json.WriteNumber("endLine", claim.Location.EndLine);
            json.WriteNumber("endColumn", claim.Location.EndColumn);
            json.WriteString("subject", claim.Value.Claim.Subject);
            json.WriteString("attribute", claim.Value.Claim.Attribute);
            json.WritePropertyName("value");
            WriteMoney(json, (MoneyMention)mention, claim.Value);
            json.WriteString("display", claim.Display);
            json.WriteString("sentence", claim.Sentence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteMoney(Utf8JsonWriter json, MoneyMention money, NormalizedClaim value)
    {
        json.WriteStartObject();
        json.WriteNumber("amount", Plain(money.Low == money.High ? money.Low : (money.Low + money.High) / 2));
        WriteBound(json, "min", value.Stated.Min);
        WriteBound(json, "max", value.Stated.Max);
        json.WriteString("currency", money.Currency);
        json.WriteString("qualifier", QualifierName(money.Qualifier));
        if (value.InEuros is { } euros && money.Currency != "EUR")
        {
            json.WriteStartObject("inEuros");
            WriteBound(json, "min", euros.Min);
            WriteBound(json, "max", euros.Max);
            json.WriteString("rate", value.Rate?.ToString());
            json.WriteEndObject();
        }
        if (money.Restatement is { } restated)
        {
            json.WriteStartObject("restatedAs");
            json.WriteNumber("amount", Plain(restated.Low));
            json.WriteString("currency", restated.Currency);
            json.WriteString("text", restated.Text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("findings");
        foreach (var item in report.Findings)
        {
            var finding = item.Finding;
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("subject", finding.Subject);
            json.WriteString("attribute", finding.Attribute);
            json.WriteString("message", finding.Message);
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
        }
        json.WriteEndArray();
    }

    /// <summary>"21600000000", not "21600000000.0": a decimal remembers the zeros of the arithmetic that made it.</summary>
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    // Rounded to whole units: a cent of a billion is noise, and the JSON must not change with floating-point details.
    private static void WriteBound(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsPositiveInfinity(value)) json.WriteNull(name);
        else json.WriteNumber(name, Math.Round((decimal)value));
    }

    /// <summary>The contract's qualifier names; "nearly" is reported as at-most (its interval says how far below).</summary>
    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.Nearly or Qualifier.AtMost => "at-most",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.UpTo => "up-to",
        _ => "exact",
    };
}
