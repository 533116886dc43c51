using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>The acceptance test: the fund's amount across the seed articles, as an editor must see it.</summary>
public sealed class SeedsAcceptanceTests
{
    private static readonly string Seeds = Path.Combine("..", "shared", "seeds");

    [NeedsSharedFact("seeds")]
    public void The_fund_conflict_names_every_side_at_its_true_line_and_column()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", Seeds, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        using var report = JsonDocument.Parse(stdout);
        var claims = report.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var finding = report.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "figure-conflict" && f.GetProperty("subject").GetString() == "fund");
        var sides = finding.GetProperty("values").EnumerateArray()
            .Select(v => v.GetProperty("claims").EnumerateArray().Select(id => claims[id.GetString()!]).ToList()).ToList();
        var all = sides.SelectMany(s => s).ToList();

        var euros = AssertSide(all, "000_", "100 billion euro");
        var dollars = AssertSide(all, "001_", "100 milliards de dollars");
        Assert.DoesNotContain(sides, side => side.Contains(euros) && side.Contains(dollars));
        // "des propositions visant à établir un fonds de 107 milliards de dollars": a proposal, compared with none of them.
        Assert.DoesNotContain(all, c => c.GetProperty("text").GetString() == "107 milliards de dollars");
        var proposal = report.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString() == "107 milliards de dollars");
        Assert.Equal("proposal", proposal.GetProperty("frame").GetProperty("status").GetString());
    }

    [NeedsSharedFact("seeds")]
    public void The_text_report_shows_the_conflict_the_rate_and_what_the_claims_were_matched_on()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Seeds);

        Assert.Equal(1, exit);
        Assert.Contains("error figure-conflict  fund · amount", stdout, StringComparison.Ordinal);
        Assert.Contains("$100bn (£79.5bn) ≈ €", stdout, StringComparison.Ordinal);
        Assert.Contains("1 EUR = 1.0824 USD (2024 average", stdout, StringComparison.Ordinal);
        Assert.Contains("Matched on: fund", stdout, StringComparison.Ordinal);
    }

    /// <summary>The claim of <paramref name="file"/> whose text is <paramref name="text"/>, checked against the file itself.</summary>
    private static JsonElement AssertSide(List<JsonElement> claims, string file, string text)
    {
        var claim = claims.First(c => c.GetProperty("source").GetString()!.Contains(file, StringComparison.Ordinal) && c.GetProperty("text").GetString() == text);
        var path = Path.Combine(RepoPaths.Root, claim.GetProperty("source").GetString()!);
        var lines = File.ReadAllText(path).Split('\n');
        var line = claim.GetProperty("line").GetInt32();
        var column = claim.GetProperty("column").GetInt32();
        Assert.Equal(text, lines[line - 1].Substring(column - 1, text.Length));
        Assert.Equal(column + text.Length, claim.GetProperty("endColumn").GetInt32());
        return claim;
    }
}
