namespace FactCheck.Cli.Tests;

/// <summary><c>check -</c>: one source read from standard input, named by <c>--stdin-filename</c> as a file of the repository would be.</summary>
public sealed class StandardInputTests : IDisposable
{
    private readonly Workspace work = new();

    public void Dispose() => work.Dispose();

    private (int Exit, string Out, string Err) Run(string input, params string[] args) => CliRunner.RunWithInput(work.Root, input, args);

    [Fact]
    public void Standard_input_is_checked_against_the_files_and_named_by_stdin_filename()
    {
        work.Write("news/a.md", Workspace.FundA);

        var (exit, stdout, stderr) = Run(Workspace.FundB, "check", "-", "news", "--stdin-filename", "news/b.md");

        Assert.Equal((1, ""), (exit, stderr));
        Assert.Contains("    news/b.md:5:21  €25bn", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_stdin_filename_the_text_is_named_stdin()
    {
        work.Write("a.md", Workspace.FundA);

        var (exit, stdout, _) = Run(Workspace.FundB, "check", "-", "a.md");

        Assert.Equal(1, exit);
        Assert.Contains("    <stdin>:5:21  €25bn", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_stands_for_the_file_it_names_which_is_not_read_too()
    {
        // An editor's buffer or a staged version: the file on disk still says €25bn, the text has been corrected.
        work.Write("a.md", Workspace.FundA);
        work.Write("b.md", Workspace.FundB);

        var (exit, stdout, stderr) = Run(Workspace.FundB.Replace("€25bn", "€20bn", StringComparison.Ordinal), "check", ".", "-", "--stdin-filename", "b.md");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.EndsWith(" in 2 source(s).\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configurations_ignore_and_sources_globs_match_the_stdin_filename()
    {
        work.Write("factcheck.yml", "ignore:\n  - \"archive/**\"\nsources:\n  - glob: \"drafts/**\"\n    role: draft\n");
        work.Write("a.md", Workspace.FundA);

        var ignored = Run(Workspace.FundB, "check", "-", "a.md", "--stdin-filename", "archive/b.md");
        var draft = Run(Workspace.FundB, "check", "-", "a.md", "--stdin-filename", "drafts/b.md", "--format", "json");

        Assert.Equal(0, ignored.Exit);
        Assert.Contains(" in 1 source(s)", ignored.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"drafts/b.md\",", draft.Out, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"draft\"", draft.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new[] { "check", "-" }, 2, "<stdin>: is empty")]
    [InlineData("x", new[] { "check", "a.md", "--stdin-filename", "b.md" }, 2, "factcheck: --stdin-filename: names the text of standard input: give - among the paths to read it")]
    [InlineData("x", new[] { "check", "-", "-" }, 2, "factcheck: -: standard input can be read once: give - once")]
    public void Mistakes_with_standard_input_are_one_line(string input, string[] args, int exit, string line)
    {
        work.Write("a.md", Workspace.FundA);

        var result = Run(input, args);

        Assert.Equal(exit, result.Exit);
        Assert.Contains(line, result.Err.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
    }
}
