using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

/// <summary>
/// samples/ci/pre-commit, run by git in a fresh repository with the factcheck built beside these tests; and, in the same
/// kind of repository, the command lines of the pre-commit framework's hook (.pre-commit-hooks.yaml) and of the GitHub
/// Action (.ci/action-check.sh, which action.yml runs): each must give what <c>factcheck check</c> gives at the root.
/// </summary>
public sealed class PreCommitHookTests : IDisposable
{
    private readonly string repository = Directory.CreateTempSubdirectory("factcheck-hook-").FullName;

    public PreCommitHookTests()
    {
        if (OperatingSystem.IsWindows()) return;
        Git("init", "--quiet");
        Git("config", "user.email", "desk@example.org");
        Git("config", "user.name", "Desk");
        Git("config", "core.hooksPath", Path.Combine(RepoPaths.Root, "samples", "ci"));
    }

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repository, path))!);
        File.WriteAllText(Path.Combine(repository, path), text);
    }

    private (int Exit, string Output) Git(params string[] args)
    {
        var (exit, _) = Start("git", args, []);
        return (exit, Output);
    }

    /// <summary>What the last process printed, stdout then stderr.</summary>
    private string Output { get; set; } = "";

    /// <summary>Runs <paramref name="program"/> in the repository with <paramref name="environment"/>; stdout then stderr in <see cref="Output"/>.</summary>
    private (int Exit, string Stdout) Start(string program, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The hook runs the factcheck these tests were built with, whatever is installed.
        start.Environment["FACTCHECK"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "factcheck.dll")}";
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Output = stdout.Result + stderr;
        return (process.ExitCode, stdout.Result);
    }

    /// <summary>
    /// A repository whose factcheck.yml raises restatement-mismatch from warning to error and ignores archive/, where an
    /// article disagrees with news/a.md: only news/b.md's wrong conversion is a finding, and an error. Everything is staged.
    /// </summary>
    private void WriteConfiguredRepository()
    {
        Write("factcheck.yml", "ignore:\n  - \"archive/**\"\nrules:\n  restatement-mismatch: error\n");
        Write("news/a.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n");
        Write("news/b.md", "---\ndate: 2024-04-02\n---\nThe alliance budget is $100bn (£60bn) this year.\n");
        Write("archive/old.md", "---\ndate: 2024-03-12\n---\nThe fund is worth €25bn.\n");
        Git("add", ".");
    }

    /// <summary>What a user gets from <c>factcheck check . ARGS</c> at the repository's root.</summary>
    private (int Exit, string Out) CheckAtRoot(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.RunIn(repository, ["check", ".", .. args]);
        Assert.Equal("", stderr);
        return (exit, stdout);
    }

    [Fact]
    public void The_hook_honours_factcheck_yml_and_gives_what_check_gives_at_the_root()
    {
        if (OperatingSystem.IsWindows()) return;
        WriteConfiguredRepository();
        var check = CheckAtRoot();

        var (exit, output) = Git("commit", "--quiet", "-m", "articles");

        Assert.Equal(1, check.Exit);
        Assert.Contains("error restatement-mismatch", check.Out, StringComparison.Ordinal); // raised from warning
        Assert.DoesNotContain("archive/old.md", check.Out, StringComparison.Ordinal); // ignored
        Assert.NotEqual(0, exit);
        Assert.Contains(check.Out, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_of_ignored_files_only_goes_through()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("factcheck.yml", "ignore:\n  - \"archive/**\"\n");
        Write("archive/a.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n\nThe fund is worth €25bn.\n");
        Git("add", ".");

        var (exit, output) = Git("commit", "--quiet", "-m", "archive");

        Assert.True(exit == 0, output);
    }

    /// <summary>The hook of .pre-commit-hooks.yaml: its entry, then the staged files its <c>files</c> and <c>exclude</c> patterns keep.</summary>
    private string[] PreCommitFrameworkCommand()
    {
        var hooks = File.ReadAllText(Path.Combine(RepoPaths.Root, ".pre-commit-hooks.yaml"));
        string Key(string key) => Regex.Match(hooks, $@"^  {key}: (.*)$", RegexOptions.Multiline).Groups[1].Value;
        var (files, exclude) = (new Regex(Key("files")), new Regex(Key("exclude")));
        Git("diff", "--cached", "--name-only");
        var staged = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => files.IsMatch(f) && !exclude.IsMatch(f));
        Assert.Equal("true", Key("require_serial")); // one run, or the staged files would not be compared with each other
        Assert.Equal("system", Key("language"));
        var entry = Key("entry").Split(' ');
        Assert.Equal("factcheck", entry[0]);
        return [.. entry.Skip(1), .. staged];
    }

    [Fact]
    public void The_pre_commit_frameworks_hook_gives_what_check_gives_at_the_root()
    {
        if (OperatingSystem.IsWindows()) return; // the repository is made by git, as for the other tests
        // pre-commit runs the hook at the root with unstaged changes put aside, passing the staged files that match.
        WriteConfiguredRepository();
        Write("news/README.md", "The fund is worth €99bn.\n"); // a README is not an article
        Git("add", ".");
        var check = CheckAtRoot();

        var hook = CliRunner.RunIn(repository, PreCommitFrameworkCommand());

        Assert.Equal(check, (hook.Exit, hook.Out));
        Assert.Equal("", hook.Err);
    }

    [Fact]
    public void The_actions_check_gives_what_check_gives_at_the_root_as_annotations_and_as_SARIF()
    {
        if (OperatingSystem.IsWindows()) return; // the action runs bash
        WriteConfiguredRepository();
        var script = Path.Combine(RepoPaths.Root, ".ci", "action-check.sh");
        var inputs = new Dictionary<string, string> { ["FACTCHECK_PATHS"] = ".", ["FACTCHECK_FAIL_ON"] = "error", ["FACTCHECK_SARIF"] = "out.sarif" };

        var annotate = Start("bash", [script, "annotate"], inputs);
        var sarif = Start("bash", [script, "sarif"], inputs);

        Assert.Equal(CheckAtRoot("--format", "github"), annotate);
        Assert.StartsWith("::error file=news/b.md,line=4,col=24,", annotate.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, sarif.Exit); // the SARIF is uploaded whatever was found; the annotations fail the job
        Assert.Equal(CheckAtRoot("--format", "sarif").Out, File.ReadAllText(Path.Combine(repository, "out.sarif")));
    }

    [Fact]
    public void The_actions_inputs_become_the_options_of_check()
    {
        if (OperatingSystem.IsWindows()) return;
        WriteConfiguredRepository();
        Write("places.yml", "places:\n  - {name: Vrinville, country: FR}\n");
        Write("other.yml", "rules:\n  restatement-mismatch: warning\n");
        var inputs = new Dictionary<string, string>
        {
            ["FACTCHECK_PATHS"] = "news/b.md", ["FACTCHECK_AGAINST"] = "news/a.md archive", ["FACTCHECK_CONFIG"] = "other.yml",
            ["FACTCHECK_PLACES"] = "places.yml", ["FACTCHECK_FAIL_ON"] = "warning",
        };

        var annotate = Start("bash", [Path.Combine(RepoPaths.Root, ".ci", "action-check.sh"), "annotate"], inputs);

        var expected = CliRunner.RunIn(repository, "check", "news/b.md", "--against", "news/a.md", "archive", "--config", "other.yml",
            "--places", "places.yml", "--format", "github", "--fail-on", "warning");
        Assert.Equal((expected.Exit, expected.Out), annotate);
        Assert.StartsWith("::warning file=news/b.md,", annotate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_whose_staged_articles_disagree_is_stopped()
    {
        if (OperatingSystem.IsWindows()) return; // the hook is a bash script
        Write("news/a.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n");
        Write("news/b.md", "---\ndate: 2024-03-12\n---\nThe fund is worth €25bn.\n");
        Git("add", ".");

        var (exit, output) = Git("commit", "--quiet", "-m", "two articles");

        Assert.NotEqual(0, exit);
        Assert.Contains("error figure-conflict", output, StringComparison.Ordinal);
        Assert.Contains("news/b.md:4:19", output, StringComparison.Ordinal);
        Assert.NotEqual(0, Git("rev-parse", "--verify", "--quiet", "HEAD").Exit); // nothing was committed
    }

    [Fact]
    public void The_staged_version_is_checked_not_the_working_tree()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("news/a.md", "---\ndate: 2024-03-12\n---\nThe ministers agreed a €20bn fund.\n");
        Write("news/b.md", "---\ndate: 2024-03-12\n---\nThe fund is worth €20bn.\n");
        Write("README.md", "The fund is worth €99bn.\n"); // a README is not an article
        Git("add", ".");
        Write("news/b.md", "---\ndate: 2024-03-12\n---\nThe fund is worth €25bn.\n"); // edited after staging

        var (exit, output) = Git("commit", "--quiet", "-m", "two articles that agree");

        Assert.True(exit == 0, output);
        Assert.Contains("0 finding(s)", output, StringComparison.Ordinal);
    }
}
