using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>Issue 5's acceptance test: the line on protecting aid from political change, given to two speakers in the seeds.</summary>
public sealed class SeedsAttributionTests
{
    private static readonly string Seeds = Path.Combine("..", "shared", "seeds");

    [NeedsSharedFact("seeds")]
    public void The_protect_from_political_change_line_is_given_to_an_allied_source_and_to_Stoltenberg()
    {
        var (report, claims) = Check();

        var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "attribution-conflict");
        Assert.Equal("warning", finding.GetProperty("severity").GetString()); // matched across English and French: less sure
        Assert.Equal("speaker", finding.GetProperty("attribute").GetString());
        var sides = finding.GetProperty("values").EnumerateArray()
            .Select(v => (Display: v.GetProperty("display").GetString(), Claims: v.GetProperty("claims").EnumerateArray().Select(id => claims[id.GetString()!]).ToList()))
            .ToList();
        Assert.Equal(["an allied source (anonymous)", "Jens Stoltenberg"], sides.Select(s => s.Display));

        var allied = Assert.Single(sides[0].Claims);
        AssertExact(allied, "000_", "«The rationale is to protect Kiev from political changes »");
        Assert.True(allied.GetProperty("value").GetProperty("anonymous").GetBoolean());
        var stoltenberg = Assert.Single(sides[1].Claims);
        AssertExact(stoltenberg, "001_", "« protégerait le mécanisme (d’aide à l’Ukraine) contre les vents du changement politique »");
        Assert.Equal("Stoltenberg", stoltenberg.GetProperty("value").GetProperty("speakerText").GetString());
        Assert.False(stoltenberg.GetProperty("value").GetProperty("anonymous").GetBoolean());
    }

    [NeedsSharedFact("seeds")]
    public void No_other_quotation_of_the_seeds_is_flagged()
    {
        var (report, _) = Check();

        Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "attribution-conflict");
    }

    [NeedsSharedTheory("seeds")]
    [InlineData("000_", "he", "another allied source")]
    [InlineData("002_", "Le chef de l’alliance", "Jens Stoltenberg")]
    [InlineData("001_", "le responsable", "le responsable")]
    [InlineData("001_", "Orban", "Viktor Orban")]
    public void Speakers_are_one_identity_per_person_within_a_source(string file, string written, string speaker)
    {
        var (_, claims) = Check("extract");

        var found = claims.Values.Where(c => c.GetProperty("kind").GetString() == "attribution" && c.GetProperty("source").GetString()!.Contains(file, StringComparison.Ordinal)
            && c.GetProperty("value").GetProperty("speakerText").GetString() == written).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Equal(speaker, c.GetProperty("value").GetProperty("speaker").GetString()));
    }

    private static (JsonDocument Report, Dictionary<string, JsonElement> Claims) Check(string command = "check")
    {
        var (_, stdout, stderr) = CliRunner.Run(command, Seeds, "--format", "json");
        Assert.Equal("", stderr);
        var report = JsonDocument.Parse(stdout);
        return (report, report.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!));
    }

    /// <summary>The claim's text is exactly the file's characters at its line and column.</summary>
    private static void AssertExact(JsonElement claim, string file, string text)
    {
        Assert.Contains(file, claim.GetProperty("source").GetString()!, StringComparison.Ordinal);
        Assert.Equal(text, claim.GetProperty("text").GetString());
        var lines = File.ReadAllText(Path.Combine(RepoPaths.Root, claim.GetProperty("source").GetString()!)).Split('\n');
        var line = claim.GetProperty("line").GetInt32();
        var column = claim.GetProperty("column").GetInt32();
        Assert.Equal(text, lines[line - 1].Substring(column - 1, text.Length));
        Assert.Equal(column + text.Length, claim.GetProperty("endColumn").GetInt32());
    }
}
