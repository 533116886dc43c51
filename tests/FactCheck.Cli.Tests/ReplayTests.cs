using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary>
/// <c>check --cache DIR</c> keeps its printed result beside its run index: a check none of whose inputs changed since
/// prints the last run's report again, byte for byte what a check without the cache prints, with its exit code; anything
/// changed (a file's text, an option, the configuration, the baseline, the kept result itself) checks again.
/// </summary>
public sealed class ReplayTests : IDisposable
{
    private const string Replayed = "its result replayed";
    private readonly Workspace workspace = new();

    public ReplayTests() => workspace.WriteNews();

    public void Dispose() => workspace.Dispose();

    private string Runs => Path.Combine(workspace.Root, ".cache", "runs");

    /// <summary>check news with <paramref name="args"/> and the cache, --stats on: the result, and whether it was replayed.</summary>
    private ((int Exit, string Out) Result, bool Replayed) Cached(params string[] args)
    {
        var (exit, stdout, stderr) = workspace.Run(["check", "news", .. args, "--cache", ".cache", "--stats"]);
        return ((exit, stdout), stderr.Contains(Replayed, StringComparison.Ordinal));
    }

    private (int Exit, string Out) Plain(params string[] args)
    {
        var (exit, stdout, _) = workspace.Run(["check", "news", .. args]);
        return (exit, stdout);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("github")]
    [InlineData("rdjson")]
    [InlineData("html")]
    public void A_replayed_report_is_the_report_of_a_check_without_the_cache_with_its_exit_code(string format)
    {
        var plain = Plain("--format", format);

        var kept = Cached("--format", format);
        var replayed = Cached("--format", format);

        Assert.Equal(1, plain.Exit); // €20bn against €25bn: an error, and --fail-on error by default
        Assert.Equal((plain, false), kept);
        Assert.Equal((plain, true), replayed);
        Assert.Single(Directory.GetFiles(Runs, $"*.{format}.fco"));
    }

    [Fact]
    public void Each_format_keeps_its_own_result_and_the_exit_code_follows_fail_on()
    {
        Cached("--format", "json");
        Cached("--fail-on", "none");

        var json = Cached("--format", "json");
        var text = Cached("--fail-on", "none");

        Assert.Equal((Plain("--format", "json"), true), json);
        Assert.Equal(((0, Plain().Out), true), text);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("text")]
    public void A_report_written_to_a_file_is_replayed_into_the_file(string format)
    {
        var (report, plain) = (Path.Combine(workspace.Root, "report.out"), Path.Combine(workspace.Root, "plain.out"));
        workspace.Run("check", "news", "--format", format, "--output", "plain.out");

        var kept = Cached("--format", format, "--output", "report.out");
        var fresh = File.ReadAllBytes(report);
        File.Delete(report);
        var replayed = Cached("--format", format, "--output", "report.out");

        Assert.Equal(((1, ""), false), kept);
        Assert.Equal(((1, ""), true), replayed);
        Assert.Equal(File.ReadAllBytes(plain), fresh);
        Assert.Equal(fresh, File.ReadAllBytes(report));
        // The Markdown report's links are relative to its file: a report written elsewhere is another result.
        Directory.CreateDirectory(Path.Combine(workspace.Root, "elsewhere"));
        Assert.False(Cached("--format", format, "--output", "elsewhere/report.out").Replayed);
    }

    [Fact]
    public void A_json_report_written_as_bytes_to_stdout_is_replayed_as_the_same_bytes()
    {
        var plain = RunWithStdoutBytes("check", "news", "--format", "json");

        var kept = RunWithStdoutBytes("check", "news", "--format", "json", "--cache", ".cache");
        var replayed = RunWithStdoutBytes("check", "news", "--format", "json", "--cache", ".cache", "--stats");

        Assert.Equal((plain.Exit, plain.Err), (kept.Exit, kept.Err));
        Assert.Equal(plain.Bytes, kept.Bytes);
        Assert.Equal(plain.Exit, replayed.Exit);
        Assert.Equal(plain.Bytes, replayed.Bytes);
        Assert.Contains(Replayed, replayed.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_touched_file_is_read_and_hashed_once_and_the_result_replayed()
    {
        Cached();
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Root, "news/a.md"), DateTime.UtcNow.AddMinutes(-1));
        // File times come from a coarse clock (a few milliseconds a tick): a file changed in the tick its index is written is
        // never trusted (git's "racily clean"), so the replay that indexes it again must come a tick after the touch.
        Thread.Sleep(50);

        var (exit, stdout, stderr) = workspace.Run("check", "news", "--cache", ".cache", "--stats");
        var again = workspace.Run("check", "news", "--cache", ".cache", "--stats");

        Assert.Equal(Plain(), (exit, stdout));
        Assert.Contains("(1 read and hashed again, ", stderr, StringComparison.Ordinal);
        Assert.Contains(Replayed, stderr, StringComparison.Ordinal);
        // The replay indexed the file again with its new stamp: the next one opens no file.
        Assert.Equal(Plain(), (again.Exit, again.Out));
        Assert.Contains("(0 read and hashed again, ", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_edited_after_a_replay_indexed_it_again_is_checked_not_replayed()
    {
        Cached("--format", "json");
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Root, "news/b.md"), DateTime.UtcNow.AddMinutes(-1));
        Cached("--format", "json");
        workspace.Write("news/b.md", Workspace.FundB.Replace("€25bn", "€29bn", StringComparison.Ordinal));

        var edited = Cached("--format", "json");

        Assert.Equal((Plain("--format", "json"), false), edited);
    }

    [Fact]
    public void An_edit_of_the_same_size_is_checked_not_replayed()
    {
        var first = Cached("--format", "json");
        workspace.Write("news/b.md", Workspace.FundB.Replace("€25bn", "€29bn", StringComparison.Ordinal));

        var edited = Cached("--format", "json");

        Assert.Equal((Plain("--format", "json"), false), edited);
        Assert.NotEqual(first.Result.Out, edited.Result.Out);
        Assert.Equal((edited.Result, true), Cached("--format", "json"));
    }

    [Fact]
    public void A_file_edited_in_the_tick_its_index_was_written_is_hashed_and_checked()
    {
        // On a file system whose times are coarse, a file edited in the tick the index was written keeps the time
        // indexed: the file's time set back by hand, and the index's set to it, stand for that.
        var b = Path.Combine(workspace.Root, "news/b.md");
        var first = Cached("--format", "json");
        var written = File.GetLastWriteTimeUtc(b);
        File.WriteAllText(b, Workspace.FundB.Replace("€25bn", "€29bn", StringComparison.Ordinal), new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(b, written);
        File.SetLastWriteTimeUtc(Directory.GetFiles(Runs, "*.fci").Single(), written);

        var edited = Cached("--format", "json");

        Assert.Equal((Plain("--format", "json"), false), edited);
        Assert.NotEqual(first.Result.Out, edited.Result.Out);
    }

    [Fact]
    public void A_file_added_or_removed_is_checked_not_replayed()
    {
        Cached();
        workspace.Write("news/e.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund holds €27bn.\n");
        var added = Cached();
        File.Delete(Path.Combine(workspace.Root, "news/e.md"));
        var removed = Cached();

        Assert.Equal((Plain(), false), removed);
        Assert.False(added.Replayed);
    }

    [Theory]
    [InlineData("--fail-on", "warning")]
    [InlineData("--one-story")]
    [InlineData("--no-error-on-ignored")]
    public void A_changed_option_is_checked_not_replayed(params string[] option)
    {
        Cached();

        var changed = Cached(option);

        Assert.Equal((Plain(option), false), changed);
        Assert.True(Cached(option).Replayed);
    }

    [Fact]
    public void A_changed_configuration_is_checked_not_replayed()
    {
        Cached();
        workspace.Write("factcheck.yml", "ignore:\n  - news/d.md\n");

        var changed = Cached();

        Assert.Equal((Plain(), false), changed);
        Assert.DoesNotContain("Bergen", changed.Result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_baseline_is_checked_not_replayed()
    {
        workspace.Run("baseline", "news");
        Cached("--baseline", "factcheck-baseline.json");
        var hidden = Cached("--baseline", "factcheck-baseline.json");
        workspace.Run("baseline", "news/c.md");

        var changed = Cached("--baseline", "factcheck-baseline.json");

        Assert.True(hidden.Replayed);
        Assert.Equal(0, hidden.Result.Exit);
        Assert.Equal((Plain("--baseline", "factcheck-baseline.json"), false), changed);
        Assert.Equal(1, changed.Result.Exit);
    }

    [Fact]
    public void Colour_is_part_of_what_is_printed()
    {
        var plain = CliApp.Run(["check", "news", "--cache", ".cache"], new StringWriter(), new StringWriter(), workspace.Root, colour: false);
        using var coloured = new StringWriter { NewLine = "\n" };

        CliApp.Run(["check", "news", "--cache", ".cache"], coloured, new StringWriter(), workspace.Root, colour: true);

        Assert.Equal(1, plain);
        Assert.Contains("\u001b[", coloured.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_kept_result_is_ignored_and_written_again()
    {
        Cached("--format", "json");
        var path = Directory.GetFiles(Runs, "*.json.fco").Single();
        var kept = File.ReadAllBytes(path);
        var damaged = kept.ToArray();
        damaged[damaged.Length - 100] ^= 1;
        File.WriteAllBytes(path, damaged);

        var again = Cached("--format", "json");

        Assert.Equal((Plain("--format", "json"), false), again);
        Assert.Equal(kept, File.ReadAllBytes(path));
        Assert.True(Cached("--format", "json").Replayed);
    }

    [Fact]
    public void Standard_input_and_a_file_that_cannot_be_read_keep_no_result()
    {
        var (exit, _, _) = CliRunner.RunWithInput(workspace.Root, Workspace.FundB, "check", "news/a.md", "-", "--stdin-filename", "news/b.md", "--cache", ".cache");
        workspace.Write("news/z.md", "<!-- factcheck-disable no-such-rule -->\nThe grid fund holds €25bn.\n");
        var unreadable = Cached();

        Assert.Equal(1, exit);
        Assert.Equal(2, unreadable.Result.Exit);
        Assert.Empty(Directory.GetFiles(Runs, "*.fco"));
    }

    private (int Exit, byte[] Bytes, string Err) RunWithStdoutBytes(params string[] args)
    {
        using var bytes = new MemoryStream();
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, workspace.Root, colour: false, stdoutBytes: bytes);
        return (exit, [.. bytes.ToArray(), .. Encoding.UTF8.GetBytes(stdout.ToString())], stderr.ToString());
    }
}
