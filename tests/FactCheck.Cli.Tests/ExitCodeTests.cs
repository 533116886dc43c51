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
