using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;
using NJsonSchema;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>The SARIF report is valid SARIF 2.1.0, checked against the OASIS schema read from ../shared (no network).</summary>
public sealed class SarifSchemaTests : IDisposable
{
    /// <summary>The OASIS schema, also for the other tests of what SARIF reports.</summary>
    internal static readonly JsonSchema Schema =
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Shared, "schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [NeedsSharedTheory("schemas")]
    [InlineData("samples")]
    [InlineData("../shared/seeds")]
    public void The_report_of_a_folder_validates_against_the_SARIF_schema(string path)
    {
        var sarif = Written.As(new SarifReportWriter(), Written.Check(RepoPaths.Root, path));

        Assert.Empty(Schema.Validate(sarif));
        Assert.Contains("\"results\": [\n        {", sarif, StringComparison.Ordinal); // a run with results, not an empty one
    }

    [NeedsSharedFact("schemas")]
    public void Files_that_could_not_be_read_validate_as_notifications_and_results()
    {
        RealPages.WriteTo(folder.Root);

        var sarif = Written.As(new SarifReportWriter(), Written.Check(folder.Root, "pages"));

        Assert.Empty(Schema.Validate(sarif));
        Assert.Contains("\"toolExecutionNotifications\"", sarif, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"source-error\"", sarif, StringComparison.Ordinal);
    }

    [NeedsSharedFact("schemas")]
    public void A_warning_a_file_name_with_spaces_and_no_findings_all_validate()
    {
        folder.Write("my notes/wrong conversion.md", Written.WrongConversion);
        folder.Write("agree/a.md", Written.TwentyBillion);

        var warning = Written.As(new SarifReportWriter(), Written.Check(folder.Root, "my notes"));
        var clean = Written.As(new SarifReportWriter(), Written.Check(folder.Root, "agree"));

        Assert.Empty(Schema.Validate(warning));
        Assert.Contains("\"level\": \"warning\"", warning, StringComparison.Ordinal);
        Assert.Contains("\"uri\": \"my%20notes/wrong%20conversion.md\"", warning, StringComparison.Ordinal);
        Assert.Empty(Schema.Validate(clean));
        Assert.Contains("\"results\": []", clean, StringComparison.Ordinal);
    }

    [NeedsSharedFact("schemas")]
    public void A_finding_of_many_values_gives_short_results_that_still_validate()
    {
        // Unrelated articles sharing a subject word give findings of hundreds of values: each result must stay readable.
        // Squares, so that no two amounts are close enough to agree.
        for (var i = 1; i <= 30; i++) folder.Write(string.Create(CultureInfo.InvariantCulture, $"many/{i:00}.md"), string.Create(CultureInfo.InvariantCulture, $"The fund is worth €{i * i * 10}bn.\n"));

        var sarif = Written.As(new SarifReportWriter(), Written.Check(folder.Root, "many"));

        Assert.Empty(Schema.Validate(sarif));
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(30, results.Count);
        Assert.All(results, r => Assert.Equal(25, r.GetProperty("relatedLocations").GetArrayLength()));
        var message = results[0].GetProperty("message").GetProperty("text").GetString()!;
        Assert.Contains("(the JSON report has the whole list)", message, StringComparison.Ordinal);
        Assert.EndsWith("The related locations show 25 of the 29 other claims.", message, StringComparison.Ordinal);
        Assert.True(message.Length < 800, message);
    }

    [NeedsSharedFact("schemas")]
    public void The_rules_carry_the_levels_the_configuration_gives_them()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyFiveBillion);
        var (config, error) = FactCheck.Configuration.ConfigReader.Read("factcheck.yml", folder.Root, "rules:\n  figure-conflict: warning\n  restatement-mismatch: off\n");
        Assert.Null(error);
        var report = FactCheck.Pipeline.FactChecker.Check(new FactCheck.Pipeline.CheckOptions(["."], folder.Root) { Configuration = config! }).Report!;

        var sarif = Written.As(new SarifReportWriter(), report);

        Assert.Empty(Schema.Validate(sarif));
        using var document = JsonDocument.Parse(sarif);
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("defaultConfiguration"));
        Assert.Equal("warning", rules["figure-conflict"].GetProperty("level").GetString());
        Assert.False(rules["restatement-mismatch"].GetProperty("enabled").GetBoolean());
        Assert.Equal("error", rules["place-conflict"].GetProperty("level").GetString());
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("warning", result.GetProperty("level").GetString());
    }

    [NeedsSharedFact("schemas")]
    public void The_schema_check_rejects_what_is_not_SARIF()
    {
        var sarif = Written.As(new SarifReportWriter(), Written.Check(RepoPaths.Root, "samples"));

        Assert.NotEmpty(Schema.Validate(sarif.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"", StringComparison.Ordinal)));
        Assert.NotEmpty(Schema.Validate(sarif.Replace("\"startLine\": 12", "\"startLine\": 0", StringComparison.Ordinal)));
    }
}
