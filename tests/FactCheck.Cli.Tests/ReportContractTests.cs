using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>The JSON report is a public interface (../shared/report-contract.md, version 1): its fields, their types, and what they point at.</summary>
public sealed class ReportContractTests
{
    private static JsonElement Report(string command, params string[] paths)
    {
        var (_, stdout, stderr) = CliRunner.Run([command, .. paths, "--format", "json"]);
        Assert.Equal("", stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [NeedsSharedTheory("seeds")]
    [InlineData("check")]
    [InlineData("extract")]
    public void Every_field_of_version_1_is_present_with_its_type(string command)
    {
        var report = Report(command, "samples", "../shared/seeds");

        Assert.Equal(1, report.GetProperty("version").GetInt32());
        Assert.Equal("factcheck", report.GetProperty("tool").GetProperty("name").GetString());
        foreach (var source in report.GetProperty("sources").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, source.GetProperty("id").ValueKind);
            Assert.Contains(source.GetProperty("language").GetString(), new[] { "en", "fr" });
            Assert.Contains(source.GetProperty("date").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Contains(source.GetProperty("role").GetString(), new[] { "reference", "draft" });
        }
        foreach (var claim in report.GetProperty("claims").EnumerateArray())
        {
            foreach (var name in new[] { "id", "source", "kind", "text", "sentence" })
                Assert.Equal(JsonValueKind.String, claim.GetProperty(name).ValueKind);
            foreach (var name in new[] { "line", "column", "endLine", "endColumn" })
                Assert.True(claim.GetProperty(name).GetInt32() >= 1);
            var value = claim.GetProperty("value");
            switch (claim.GetProperty("kind").GetString())
            {
                case "money" or "quantity" or "percentage":
                    Assert.Equal(JsonValueKind.Number, value.GetProperty("amount").ValueKind);
                    Assert.Equal(JsonValueKind.Number, value.GetProperty("min").ValueKind);
                    Assert.Contains(value.GetProperty("max").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
                    Assert.Contains(value.GetProperty("qualifier").GetString(), new[] { "exact", "about", "more-than", "at-least", "less-than", "at-most", "up-to" });
                    if (claim.GetProperty("kind").GetString() != "money") Assert.Equal(JsonValueKind.String, value.GetProperty("unit").ValueKind);
                    break;
                case "date":
                    // A relative date whose source declares no date has no value: it says so with "relative".
                    Assert.Contains(value.GetProperty("value").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
                    Assert.Contains(value.GetProperty("precision").GetString(), new[] { "day", "week", "month", "year", "decade" });
                    if (value.GetProperty("value").ValueKind == JsonValueKind.Null) Assert.True(value.GetProperty("relative").GetBoolean());
                    break;
                case "duration":
                    Assert.Matches("^P[0-9.]+[YMWD]$", value.GetProperty("value").GetString());
                    break;
                case "place":
                    Assert.Equal(JsonValueKind.String, value.GetProperty("name").ValueKind);
                    Assert.Contains(value.GetProperty("country").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
                    break;
                case "attribution":
                    Assert.Equal(JsonValueKind.String, value.GetProperty("speaker").ValueKind);
                    Assert.Equal(JsonValueKind.String, value.GetProperty("quote").ValueKind);
                    Assert.Contains(value.GetProperty("anonymous").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
                    break;
                default:
                    Assert.Fail("unexpected kind " + claim.GetProperty("kind").GetString());
                    break;
            }
        }
        foreach (var finding in report.GetProperty("findings").EnumerateArray())
        {
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.All(finding.GetProperty("values").EnumerateArray(), v => Assert.NotEmpty(v.GetProperty("claims").EnumerateArray()));
        }
    }

    [NeedsSharedFact("seeds")]
    public void Claim_ids_are_unique_and_findings_only_name_claims_of_the_report()
    {
        var report = Report("check", "samples", "../shared/seeds");

        var ids = report.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var named = report.GetProperty("findings").EnumerateArray()
            .SelectMany(f => f.GetProperty("values").EnumerateArray()).SelectMany(v => v.GetProperty("claims").EnumerateArray()).Select(c => c.GetString());
        Assert.All(named, id => Assert.Contains(id, ids));
    }

    [NeedsSharedFact("seeds")]
    public void Every_claims_text_is_exactly_the_characters_at_its_location_in_the_original_file()
    {
        var report = Report("extract", "samples", "../shared/seeds");

        foreach (var claim in report.GetProperty("claims").EnumerateArray())
        {
            var lines = File.ReadAllText(Path.Combine(RepoPaths.Root, claim.GetProperty("source").GetString()!)).Split('\n');
            var (line, column) = (claim.GetProperty("line").GetInt32(), claim.GetProperty("column").GetInt32());
            var (endLine, endColumn) = (claim.GetProperty("endLine").GetInt32(), claim.GetProperty("endColumn").GetInt32());
            var text = line == endLine
                ? lines[line - 1][(column - 1)..(endColumn - 1)]
                : string.Join('\n', [lines[line - 1][(column - 1)..], .. lines[line..(endLine - 1)], lines[endLine - 1][..(endColumn - 1)]]);
            Assert.Equal(claim.GetProperty("text").GetString(), text);
        }
    }

    [NeedsSharedFact("seeds")]
    public void Extract_and_check_give_a_claim_the_same_id()
    {
        var check = Report("check", "../shared/seeds").GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString());
        var extract = Report("extract", "../shared/seeds").GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString());

        Assert.All(check, pair => Assert.Equal(pair.Value, extract[pair.Key]));
        Assert.True(extract.Count > check.Count);
    }
}
