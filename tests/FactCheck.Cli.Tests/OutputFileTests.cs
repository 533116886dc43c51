using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary><c>--output FILE</c> writes the report there (UTF-8 without BOM, '\n'), and never over a source or into nowhere.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-output-").FullName;

    public OutputFileTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "news"));
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "news", "a.md"), "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n");
        File.WriteAllText(Path.Combine(folder, "news", "b.md"), "---\ndate: 2024-03-12\n---\nThe fund is worth €25bn.\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Out, string Err) Check(params string[] args) => CliRunner.RunIn(folder, ["check", "news", .. args]);

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("html")]
    public void The_report_goes_to_the_file_and_nothing_to_stdout(string format)
    {
        var printed = Check("--format", format).Out;

        var (exit, stdout, stderr) = Check("--format", format, "--output", "reports/factcheck.out");

        var bytes = File.ReadAllBytes(Path.Combine(folder, "reports", "factcheck.out"));
        Assert.Equal(1, exit); // the conflict still fails the check
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        var written = Encoding.UTF8.GetString(bytes);
        Assert.Equal(format == "markdown" ? printed.Replace("](news/", "](../news/", StringComparison.Ordinal) : printed, written);
    }

    [Fact]
    public void Markdown_links_lead_from_the_reports_folder_to_the_sources()
    {
        Check("--format", "markdown", "--output", "reports/desk.md");

        var markdown = File.ReadAllText(Path.Combine(folder, "reports", "desk.md"));
        Assert.Contains("[news/a.md:4](../news/a.md?plain=1#L4)", markdown, StringComparison.Ordinal);
        Assert.Contains("[news/b.md:4](../news/b.md?plain=1#L4)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_is_never_written_over()
    {
        var source = Path.Combine(folder, "news", "b.md");
        var before = File.ReadAllBytes(source);

        var (exit, stdout, stderr) = Check("--output", "news/b.md");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"factcheck: news/b.md: {UserMessages.OutputIsSource}\n", stderr);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void A_source_reached_through_a_linked_folder_is_never_written_over()
    {
        if (OperatingSystem.IsWindows()) return; // creating links needs a privilege there
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), Path.Combine(folder, "news"));
        var before = File.ReadAllBytes(Path.Combine(folder, "news", "a.md"));

        var (exit, _, stderr) = Check("--output", "linked/a.md");

        Assert.Equal(2, exit);
        Assert.Contains(UserMessages.OutputIsSource, stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "news", "a.md")));
    }

    [Theory]
    [InlineData("missing/report.md", UserMessages.OutputFolderMissing)]
    [InlineData("reports", UserMessages.OutputIsFolder)]
    public void A_file_that_cannot_be_written_is_one_line_and_exit_2(string output, string message)
    {
        var (exit, stdout, stderr) = Check("--output", output);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"factcheck: {output}: {message}\n", stderr);
        Assert.False(Directory.Exists(Path.Combine(folder, "missing")));
    }

    [Fact]
    public void Extract_writes_to_a_file_too_but_has_no_sarif_or_annotations()
    {
        var (exit, _, _) = CliRunner.RunIn(folder, "extract", "news", "--format", "markdown", "--output", "claims.md");
        var (sarifExit, _, sarifError) = CliRunner.RunIn(folder, "extract", "news", "--format", "sarif");

        Assert.Equal(0, exit);
        Assert.StartsWith("# FactCheck claims", File.ReadAllText(Path.Combine(folder, "claims.md")), StringComparison.Ordinal);
        Assert.Equal(2, sarifExit);
        Assert.Contains("sarif", sarifError, StringComparison.Ordinal);
    }
}
