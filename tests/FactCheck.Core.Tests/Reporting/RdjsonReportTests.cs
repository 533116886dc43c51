using System.Text.Json;
using FactCheck.Core.Tests.Sources;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>reviewdog's rdjson: one diagnostic per finding, columns in UTF-8 bytes, the other claims as related locations.</summary>
public sealed class RdjsonReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private JsonElement Rdjson(string path = ".") =>
        JsonDocument.Parse(Written.As(new RdjsonReportWriter(), Written.Check(folder.Root, path))).RootElement.Clone();

    private static (int Line, int Column) Position(JsonElement location, string end) =>
        (location.GetProperty("range").GetProperty(end).GetProperty("line").GetInt32(), location.GetProperty("range").GetProperty(end).GetProperty("column").GetInt32());

    [Fact]
    public void Each_finding_is_one_diagnostic_with_its_rule_severity_and_the_other_claims_related()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", Written.TwentyFiveBillion);

        var rdjson = Rdjson();

        Assert.Equal("factcheck", rdjson.GetProperty("source").GetProperty("name").GetString());
        var diagnostic = Assert.Single(rdjson.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ERROR", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("figure-conflict", diagnostic.GetProperty("code").GetProperty("value").GetString());
        Assert.Equal("a.md", diagnostic.GetProperty("location").GetProperty("path").GetString());
        Assert.Contains("Other sides: €25bn at b.md:4:19.", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        var related = Assert.Single(diagnostic.GetProperty("related_locations").EnumerateArray());
        Assert.Equal("b.md", related.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal("“€25bn” read as €25bn", related.GetProperty("message").GetString());
    }

    [Fact]
    public void Columns_count_UTF8_bytes_and_the_end_is_exclusive()
    {
        // "Le fonds « é » vaut" : «, é, » and the narrow spaces are two or three bytes each in UTF-8, one UTF-16 unit each.
        folder.Write("a.md", "---\ndate: 2024-03-12\n---\nLe fonds « é » du réseau vaut 20 milliards d'euros.\n");
        folder.Write("b.md", "---\ndate: 2024-03-12\n---\nLe fonds du réseau vaut 25 milliards d'euros.\n");

        var location = Rdjson().GetProperty("diagnostics")[0].GetProperty("location");

        var line = "Le fonds « é » du réseau vaut ";
        var column = System.Text.Encoding.UTF8.GetByteCount(line) + 1;
        Assert.Equal((4, column), Position(location, "start"));
        Assert.Equal((4, column + "20 milliards d'euros".Length), Position(location, "end"));
        Assert.NotEqual(line.Length + 1, column); // the test means something only when bytes and UTF-16 units differ
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_a_diagnostic_of_its_own()
    {
        folder.Write("a.md", Written.TwentyBillion);
        folder.Write("b.md", [0x66, 0x6f, 0xff, 0x0a]);

        var diagnostics = Rdjson().GetProperty("diagnostics").EnumerateArray().ToList();

        var unreadable = Assert.Single(diagnostics);
        Assert.Equal("source-error", unreadable.GetProperty("code").GetProperty("value").GetString());
        Assert.Equal("b.md", unreadable.GetProperty("location").GetProperty("path").GetString());
        Assert.StartsWith("is not UTF-8 text", unreadable.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
