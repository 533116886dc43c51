using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;
using NJsonSchema;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>The SARIF report is valid SARIF 2.1.0, checked against the OASIS schema read from ../shared (no network).</summary>
public sealed class SarifSchemaTests : IDisposable
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Shared, "schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("samples")]
    [InlineData("../shared/seeds")]
    public void The_report_of_a_folder_validates_against_the_SARIF_schema(string path)
    {
        var sarif = Written.As(new SarifReportWriter(), Written.Check(RepoPaths.Root, path));

        Assert.Empty(Schema.Validate(sarif));
        Assert.Contains("\"results\": [\n        {", sarif, StringComparison.Ordinal); // a run with results, not an empty one
    }

    [Fact]
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

    [Fact]
    public void The_schema_check_rejects_what_is_not_SARIF()
    {
        var sarif = Written.As(new SarifReportWriter(), Written.Check(RepoPaths.Root, "samples"));

        Assert.NotEmpty(Schema.Validate(sarif.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"", StringComparison.Ordinal)));
        Assert.NotEmpty(Schema.Validate(sarif.Replace("\"startLine\": 12", "\"startLine\": 0", StringComparison.Ordinal)));
    }
}
