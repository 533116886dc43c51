using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary><c>--format rdjson</c>, for reviewdog (<c>reviewdog -f=rdjson</c>): one diagnostic per finding, the exit code of any other format.</summary>
public sealed class RdjsonFormatTests
{
    [Fact]
    public void The_samples_give_one_diagnostic_per_finding_and_exit_1()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", "samples", "--format", "rdjson");
        var (_, json, _) = CliRunner.Run("check", "samples", "--format", "json");

        Assert.Equal((1, ""), (exit, stderr));
        var diagnostics = JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics");
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetProperty("findings").GetArrayLength(), diagnostics.GetArrayLength());
        Assert.All(diagnostics.EnumerateArray(), d => Assert.Equal("ERROR", d.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Extract_does_not_offer_it()
    {
        var (exit, _, stderr) = CliRunner.Run("extract", "samples", "--format", "rdjson");

        Assert.Equal(2, exit);
        Assert.Contains("rdjson", stderr, StringComparison.Ordinal);
    }
}
