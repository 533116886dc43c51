namespace FactCheck.Cli.Tests;

public sealed class InitAndRulesTests : IDisposable
{
    private readonly Workspace work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public void Init_writes_a_starter_configuration_that_the_next_run_reads()
    {
        var (exit, stdout, _) = work.Run("init");
        var rules = work.Run("rules");

        Assert.Equal(0, exit);
        Assert.Contains("Wrote factcheck.yml", stdout, StringComparison.Ordinal);
        Assert.StartsWith("# factcheck.yml", work.Read("factcheck.yml"), StringComparison.Ordinal);
        Assert.Equal(0, rules.Exit);
        Assert.EndsWith($"{FactCheck.Rules.RuleSet.BuiltIn.All.Length} rules, with factcheck.yml applied.\n", rules.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_never_overwrites_a_configuration()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict: warning\n");

        var (exit, _, stderr) = work.Run("init");

        Assert.Equal(2, exit);
        Assert.Equal($"factcheck: factcheck.yml: {UserMessages.ConfigExists}\n", stderr);
        Assert.Equal("rules:\n  figure-conflict: warning\n", work.Read("factcheck.yml"));
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_level_and_what_it_checks()
    {
        var (exit, stdout, _) = work.Run("rules");

        Assert.Equal(0, exit);
        Assert.Contains("figure-conflict       error\n  Sources state amounts for one subject that do not agree", stdout, StringComparison.Ordinal);
        Assert.Contains("restatement-mismatch  warning\n  A figure and the conversion written beside it in brackets", stdout, StringComparison.Ordinal);
        Assert.Contains("tolerance 0.5%, round-tolerance 2.5%, about 10%", stdout, StringComparison.Ordinal);
        Assert.EndsWith(UserMessages.NoConfig + "\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_shows_the_configurations_levels_and_parameters()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict:\n    level: warning\n    tolerance: 1%\n  restatement-mismatch: off\n");

        var (_, stdout, _) = work.Run("rules");

        Assert.Contains("figure-conflict       warning  (set in factcheck.yml)", stdout, StringComparison.Ordinal);
        Assert.Contains("tolerance 1%, round-tolerance 2.5%, about 10%", stdout, StringComparison.Ordinal);
        Assert.Contains("restatement-mismatch  off      (set in factcheck.yml)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_refuses_a_configuration_with_a_mistake()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict:\n    tolerence: 1%\n");

        var (exit, _, stderr) = work.Run("rules");

        Assert.Equal(2, exit);
        Assert.StartsWith("factcheck: factcheck.yml:3: unknown key 'tolerence'", stderr, StringComparison.Ordinal);
    }
}
