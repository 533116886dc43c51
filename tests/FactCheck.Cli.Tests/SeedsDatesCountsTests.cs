using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>Issue 4's acceptance on the seed articles: the fund's duration, the 32 allies, and no false conflict of dates, counts, percentages or durations.</summary>
public sealed class SeedsDatesCountsTests
{
    private static readonly string Seeds = Path.Combine("..", "shared", "seeds");
    private static readonly string[] NewRules = ["date-conflict", "quantity-conflict", "percentage-conflict", "duration-conflict"];

    private static JsonElement Check()
    {
        var (_, stdout, stderr) = CliRunner.Run("check", Seeds, "--format", "json");
        Assert.Equal("", stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static List<JsonElement> Claims(JsonElement report, string subject, string attribute) =>
        [.. report.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("subject").GetString() == subject && c.GetProperty("attribute").GetString() == attribute)];

    [NeedsSharedFact("seeds")]
    public void The_fund_runs_over_five_years_in_000_001_and_002_and_they_agree()
    {
        var report = Check();

        var durations = Claims(report, "fund", "duration");

        foreach (var file in new[] { "000_", "001_", "002_" })
            Assert.Contains(durations, c => c.GetProperty("source").GetString()!.Contains(file, StringComparison.Ordinal));
        Assert.All(durations, c => Assert.Equal("P5Y", c.GetProperty("value").GetProperty("value").GetString()));
        Assert.Equal(["five years", "cinq ans", "cinq ans"], durations.Select(c => c.GetProperty("text").GetString()));
    }

    [NeedsSharedFact("seeds")]
    public void The_32_allies_and_the_32_membres_are_one_count_that_agrees()
    {
        var report = Check();

        var counts = Claims(report, "members", "count");

        Assert.Contains(counts, c => c.GetProperty("text").GetString() == "32 allies");
        Assert.Contains(counts, c => c.GetProperty("text").GetString() == "32 membres");
        Assert.All(counts, c => Assert.Equal(32, c.GetProperty("value").GetProperty("amount").GetInt32()));
        Assert.True(counts.Select(c => c.GetProperty("source").GetString()).Distinct().Count() >= 3);
    }

    [NeedsSharedFact("seeds")]
    public void No_date_count_percentage_or_duration_conflict_is_reported_on_the_seeds()
    {
        var report = Check();

        var rules = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();

        Assert.DoesNotContain(rules, NewRules.Contains);
        Assert.Contains("figure-conflict", rules); // the money conflict is still there
    }

    [NeedsSharedFact("seeds")]
    public void The_undated_seeds_keep_their_relative_dates_relative()
    {
        var report = Check();

        var summit = Claims(report, "summit", "date");

        Assert.NotEmpty(summit);
        Assert.All(summit, c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("value").GetProperty("value").ValueKind);
            Assert.True(c.GetProperty("value").GetProperty("relative").GetBoolean());
        });
    }

    [NeedsSharedFact("seeds")]
    public void With_the_date_of_one_file_its_relative_dates_are_placed()
    {
        var (exit, stdout, stderr) = CliRunner.Run("extract", Path.Combine(Seeds, "000_1cc20864aa4d143a.txt"), "--date", "2024-04-02", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var claims = JsonDocument.Parse(stdout).RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal("2024-07", claims.Single(c => c.GetProperty("text").GetString() == "July").GetProperty("value").GetProperty("value").GetString());
        Assert.Equal("2024-04-03", claims.Single(c => c.GetProperty("text").GetString() == "tomorrow").GetProperty("value").GetProperty("value").GetString());
    }
}
