using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Reporting;

namespace FactCheck.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-exit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("none", 0)]
    public void A_conflict_fails_the_check_at_or_below_its_severity(string failOn, int expected)
    {
        var (exit, _, _) = CliRunner.Run("check", "samples", "--fail-on", failOn);

        Assert.Equal(expected, exit);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("none", 0)]
    public void A_warning_fails_the_check_at_warning_and_info(string failOn, int expected)
    {
        // $100bn was about £78bn in 2024: a restatement-mismatch, the one built-in warning.
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\ndate: 2024-04-02\n---\nMembers would commit $100bn (£60bn) to the fund.\n");

        var (exit, stdout, _) = CliRunner.RunIn(folder, "check", ".", "--fail-on", failOn);

        Assert.Equal(expected, exit);
        Assert.Contains("warning restatement-mismatch", stdout, StringComparison.Ordinal);
    }

    // No built-in rule reports at info level yet (a configuration will be able to lower one), so the decision is checked
    // on findings of each severity directly.
    [Theory]
    [InlineData(Severity.Error, "error", 1)]
    [InlineData(Severity.Error, "none", 0)]
    [InlineData(Severity.Warning, "error", 0)]
    [InlineData(Severity.Warning, "warning", 1)]
    [InlineData(Severity.Info, "warning", 0)]
    [InlineData(Severity.Info, "info", 1)]
    [InlineData(Severity.Info, "none", 0)]
    public void A_finding_fails_the_check_at_or_below_its_severity(Severity severity, string failOn, int expected)
    {
        ImmutableArray<ReportFinding> findings = [new ReportFinding("F1", new Finding("some-rule", severity, "fund", "amount", "message", []), [])];

        Assert.Equal(expected, FailOn.ExitCode(findings, failOn));
    }

    [Theory]
    [InlineData("error")]
    [InlineData("warning")]
    [InlineData("info")]
    [InlineData("none")]
    public void No_finding_passes_at_every_level(string failOn) => Assert.Equal(0, FailOn.ExitCode([], failOn));

    [Fact]
    public void Sources_that_agree_pass_the_check()
    {
        File.WriteAllText(Path.Combine(folder, "a.md"), "NATO plans a €100bn fund.\n");
        File.WriteAllText(Path.Combine(folder, "b.md"), "---\ndate: 2024-04-03\n---\nUn fonds de 107 milliards de dollars est prévu.\n");

        var (exit, stdout, _) = CliRunner.RunIn(folder, "check", ".");

        Assert.Equal(0, exit);
        Assert.Contains("0 finding(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_lists_claims_and_never_fails()
    {
        var (exit, stdout, _) = CliRunner.Run("extract", "samples", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"findings\": []", stdout, StringComparison.Ordinal);
        Assert.Contains("\"subject\": null", stdout, StringComparison.Ordinal); // the prize has no subject, and is listed all the same
    }

    [Fact]
    public void Help_describes_the_options_and_exits_0()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--fail-on", stdout, StringComparison.Ordinal);
        Assert.Contains("--format", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_on_every_run()
    {
        var first = CliRunner.Run("check", "samples", Path.Combine("..", "shared", "seeds"), "--format", "json").Out;
        var second = CliRunner.Run("check", "samples", Path.Combine("..", "shared", "seeds"), "--format", "json").Out;

        Assert.Equal(first, second);
    }
}
