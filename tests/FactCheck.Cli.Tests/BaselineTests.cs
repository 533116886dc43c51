namespace FactCheck.Cli.Tests;

/// <summary><c>factcheck baseline</c> and <c>check --baseline</c>: accepted findings stay hidden through edits that do not change them.</summary>
public sealed class BaselineTests : IDisposable
{
    private readonly Workspace work = new();

    public BaselineTests()
    {
        work.Write("a.md", Workspace.FundA);
        work.Write("b.md", "---\ndate: 2024-03-12\n---\n\n# Grid news\n\nThe weather was fine.\n\nThe grid fund holds €25bn, officials said.\n");
    }

    public void Dispose() => work.Dispose();

    private (int Exit, string Out) CheckWithBaseline()
    {
        var (exit, stdout, stderr) = work.Run("check", ".", "--baseline", "factcheck-baseline.json");
        Assert.Equal("", stderr);
        return (exit, stdout);
    }

    [Fact]
    public void A_baseline_hides_the_findings_it_holds_and_the_summary_says_how_many()
    {
        var (exit, stdout, _) = work.Run("baseline", ".");

        var check = CheckWithBaseline();

        Assert.Equal(0, exit);
        Assert.Equal("Wrote 1 finding(s) to factcheck-baseline.json.\n", stdout);
        Assert.Equal(0, check.Exit);
        Assert.StartsWith("0 finding(s): 0 error(s), 0 warning(s), 0 info — ", check.Out, StringComparison.Ordinal);
        Assert.EndsWith(" in 2 source(s); 1 hidden by the baseline.\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_survives_lines_moving_and_unrelated_edits()
    {
        work.Run("baseline", ".");
        work.Write("b.md", "---\ndate: 2024-03-12\nauthor: someone\n---\n\n# Grid news, updated\n\nNew paragraph first.\n\nThe weather was grey, and the wind rose.\n\nThe grid fund holds 25 billion euros, officials said on Tuesday.\n");
        work.Write("a.md", "---\ndate: 2024-03-12\n---\n\n\n\nMinisters agreed a €20bn grid fund on Tuesday.\n\nThe grid fund holds €20bn.\n");

        Assert.Equal(0, CheckWithBaseline().Exit);
    }

    [Fact]
    public void A_changed_figure_is_a_new_finding()
    {
        work.Run("baseline", ".");
        work.Write("b.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund holds €30bn, officials said.\n");

        var (exit, stdout) = CheckWithBaseline();

        Assert.Equal(1, exit);
        Assert.Contains("€30bn", stdout, StringComparison.Ordinal);
        Assert.EndsWith("; 0 hidden by the baseline.\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_source_on_a_side_is_a_new_finding()
    {
        work.Run("baseline", ".");
        work.Write("c.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund is worth €25bn.\n");

        Assert.Equal(1, CheckWithBaseline().Exit);
    }

    [Fact]
    public void The_baseline_file_is_the_same_bytes_on_every_run_and_can_be_named()
    {
        work.Run("baseline", ".");
        work.Run("baseline", ".", "--output", "other.json");

        Assert.Equal(work.Read("factcheck-baseline.json"), work.Read("other.json"));
        Assert.Contains("\"rule\": \"figure-conflict\"", work.Read("other.json"), StringComparison.Ordinal);
        Assert.Contains("\"values\": [\n        \"€20bn\",\n        \"€25bn\"\n      ]", work.Read("other.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_does_not_exist_is_an_input_error()
    {
        var (exit, _, stderr) = work.Run("check", ".", "--baseline", "nowhere.json");

        Assert.Equal(2, exit);
        Assert.StartsWith("factcheck: nowhere.json: no such baseline file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_is_never_written_over_a_source()
    {
        var before = work.Read("a.md");

        var (exit, _, stderr) = work.Run("baseline", ".", "--output", "a.md");

        Assert.Equal(2, exit);
        Assert.Contains("is one of the sources", stderr, StringComparison.Ordinal);
        Assert.Equal(before, work.Read("a.md"));
    }

    [Fact]
    public void A_finding_seen_only_with_a_places_file_can_be_accepted_with_it()
    {
        // Without the places file there is no finding, so a baseline taken without it accepted nothing.
        work.Write("c.md", "The headquarters will be in Vrinville.\n");
        work.Write("d.md", "The headquarters will be in Brussels.\n");
        work.Write("places.yml", "places:\n  - {name: Vrinville, country: FR}\n");
        string[] paths = ["c.md", "d.md", "--places", "places.yml"];

        var (written, stdout, stderr) = work.Run(["baseline", .. paths]);
        var check = work.Run(["check", .. paths, "--baseline", "factcheck-baseline.json"]);

        Assert.Equal((0, ""), (written, stderr));
        Assert.Equal("Wrote 1 finding(s) to factcheck-baseline.json.\n", stdout);
        Assert.Equal(0, check.Exit);
        Assert.EndsWith("; 1 hidden by the baseline.\n", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--one-story")]
    [InlineData("--languages")]
    [InlineData("--date")]
    [InlineData("--stdin-filename")]
    [InlineData("--no-error-on-ignored")]
    public void Baseline_takes_the_options_of_check_that_change_findings(string option)
    {
        var (_, help, _) = work.Run("baseline", "--help");

        Assert.Contains(option, help, StringComparison.Ordinal);
    }
}
