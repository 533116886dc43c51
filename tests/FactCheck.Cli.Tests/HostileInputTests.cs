using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary>
/// Inputs that once lost a user's data, hung or ran out of memory. Each ends in one stderr line naming the file and exit 2,
/// with nothing written: no report on stdout, no file changed.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Article = "---\ndate: 2024-03-12\n---\n\nMinisters agreed a €20bn grid fund on Tuesday.\n";

    private readonly Workspace work = new();

    public HostileInputTests() => work.Write("news/a.md", Article);

    public void Dispose() => work.Dispose();

    private static void AssertRefused((int Exit, string Out, string Err) run, params string[] parts)
    {
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("factcheck: ", line, StringComparison.Ordinal);
        foreach (var part in parts) Assert.Contains(part, line, StringComparison.Ordinal);
    }

    private void MakeFifo(string relativePath)
    {
        using var mkfifo = Process.Start("mkfifo", Path.Combine(work.Root, relativePath));
        mkfifo.WaitForExit();
    }

    [Theory]
    [InlineData("check")]
    [InlineData("baseline")]
    public void An_output_that_is_a_hard_link_to_a_source_is_refused(string command)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using (var ln = Process.Start("ln", [Path.Combine(work.Root, "news/a.md"), Path.Combine(work.Root, "report.txt")])) ln.WaitForExit();

        var run = work.Run(command, "news", "--output", "report.txt");

        AssertRefused(run, "report.txt:");
        Assert.Equal(Article, work.Read("news/a.md"));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("baseline")]
    public void An_output_that_is_a_symbolic_link_to_a_source_is_refused(string command)
    {
        File.CreateSymbolicLink(Path.Combine(work.Root, "report.txt"), Path.Combine(work.Root, "news/a.md"));

        var run = work.Run(command, "news", "--output", "report.txt");

        AssertRefused(run, "report.txt:");
        Assert.Equal(Article, work.Read("news/a.md"));
    }

    [Fact]
    public void A_baseline_written_through_a_linked_folder_onto_a_source_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(work.Root, "linked"), Path.Combine(work.Root, "news"));

        var run = work.Run("baseline", "news", "--output", "linked/a.md");

        AssertRefused(run, "linked/a.md:", "never written over");
        Assert.Equal(Article, work.Read("news/a.md"));
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--baseline")]
    [InlineData("--places")]
    public void A_fifo_given_as_an_input_file_is_never_opened(string option)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        MakeFifo("input.fifo");

        var run = work.Run("check", "news", option, "input.fifo");

        AssertRefused(run, "input.fifo:", "not a regular file");
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--baseline")]
    [InlineData("--places")]
    public void A_device_given_as_an_input_file_is_never_read(string option)
    {
        if (!OperatingSystem.IsLinux()) return;

        var run = work.Run("check", "news", option, "/dev/zero");

        AssertRefused(run, "/dev/zero:", "not a regular file");
    }

    [Fact]
    public void A_fifo_found_as_factcheck_yml_is_never_opened()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        MakeFifo("factcheck.yml");

        var run = work.Run("check", "news");

        AssertRefused(run, "factcheck.yml:", "not a regular file");
    }

    [Fact]
    public void A_yaml_alias_bomb_in_the_configuration_is_refused_with_its_line()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'k'; level++)
            bomb.Append(CultureInfo.InvariantCulture, $"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 10))}]\n");
        bomb.Append("? *k\n: used as a key\n");
        work.Write("factcheck.yml", bomb.ToString());

        var run = work.Run("check", "news");

        AssertRefused(run, "factcheck.yml:", "aliases stand for more than");
    }

    [Fact]
    public void Yaml_nested_100000_deep_is_refused_without_overflowing_the_stack()
    {
        work.Write("places.yml", new string('[', 100_000) + new string(']', 100_000) + "\n");

        var run = work.Run("check", "news", "--places", "places.yml");

        AssertRefused(run, "places.yml:1:", "nests lists or mappings more than 64 deep");
    }

    [Fact]
    public void Front_matter_nested_100000_deep_is_a_source_error_and_the_rest_is_checked()
    {
        work.Write("news/deep.md", "---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n\nThe grid fund holds €25bn.\n");

        var (exit, stdout, stderr) = work.Run("check", "news");

        Assert.Equal(2, exit);
        Assert.Contains("in 1 source(s); 1 source alone in its story, with nothing to compare it with; 1 file(s) could not be read", stdout, StringComparison.Ordinal);
        Assert.Contains("news/deep.md:2: front matter is not YAML FactCheck reads", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_holding_a_lone_surrogate_is_an_input_error()
    {
        work.Write("baseline.json", "{\"version\": 1, \"findings\": [{\"fingerprint\": \"\\ud800\"}]}\n");

        var run = work.Run("check", "news", "--baseline", "baseline.json");

        AssertRefused(run, "baseline.json:", "not a FactCheck baseline");
    }

    [Fact]
    public void A_stdout_that_cannot_be_written_is_an_input_output_error_not_a_bug()
    {
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["check", "news"], new FullDisk(), stderr, work.Root, colour: false);

        Assert.Equal(2, exit);
        Assert.StartsWith("factcheck: stdout: cannot be written: No space left on device", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", true)]
    [InlineData("markdown", true)]
    [InlineData("github", false)] // annotations quote the figure, not its sentence
    public void Control_characters_from_a_source_never_reach_the_terminal(string format, bool showsSentences)
    {
        // The control characters stand apart from the figure: read glued to it ("owned\u0007€25bn\u009b") it was "€25", and the
        // test passed on a conflict of €25 with €20bn that the far-apart rule rightly no longer makes.
        work.Write("news/b.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund \u001b[2Jholds €25bn, \u001b]0;owned\u0007officials\u009b said.\n");

        var (_, stdout, _) = work.Run("check", "news", "--format", format);

        Assert.Contains("figure-conflict", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u0007', stdout);
        Assert.DoesNotContain('\u009b', stdout);
        if (showsSentences) Assert.Contains("\\u001B", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_fails_the_check_after_the_whole_report_even_over_findings()
    {
        work.Write("news/b.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund holds €25bn, officials said.\n");
        File.WriteAllBytes(Path.Combine(work.Root, "news/c.md"), Encoding.Latin1.GetBytes("Le fonds doté de 25 milliards d'euros.\n"));

        var (exit, stdout, stderr) = work.Run("check", "news", "--format", "json");

        Assert.Equal(2, exit); // not 1: a check that could not read everything has not passed or failed on its findings
        var report = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("figure-conflict", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("rule").GetString());
        Assert.Equal("news/c.md", Assert.Single(report.GetProperty("errors").EnumerateArray()).GetProperty("source").GetString());
        Assert.Equal("factcheck: news/c.md: is not UTF-8 text (invalid byte at offset 12)", stderr.TrimEnd('\n'));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_a_source_error_with_an_escaped_name()
    {
        if (!OperatingSystem.IsLinux()) return;
        // .NET cannot create such a name; the shell writes the byte 0xFF into it.
        var create = new ProcessStartInfo("sh", ["-c", "printf 'The grid fund holds 25bn euros.\\n' > \"$(printf 'news/bad-\\377.md')\""]) { WorkingDirectory = work.Root };
        using (var shell = Process.Start(create)!) shell.WaitForExit();

        var (exit, stdout, stderr) = work.Run("check", "news");
        var remove = new ProcessStartInfo("sh", ["-c", "rm news/bad-*.md"]) { WorkingDirectory = work.Root };
        using (var shell = Process.Start(remove)!) shell.WaitForExit(); // .NET cannot delete what it cannot name

        Assert.Equal(2, exit);
        Assert.Contains("in 1 source(s); 1 source alone in its story, with nothing to compare it with; 1 file(s) could not be read", stdout, StringComparison.Ordinal);
        Assert.Equal("factcheck: news/bad-\\uFFFD.md: its name is not valid UTF-8: rename it to read it", stderr.TrimEnd('\n'));
    }

    /// <summary>A stdout on a full disk.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
