using System.Diagnostics;

namespace FactCheck.Cli.Tests;

/// <summary>samples/ci/pre-commit, run by git in a fresh repository with the factcheck built beside these tests.</summary>
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
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The hook runs the factcheck these tests were built with, whatever is installed.
        start.Environment["FACTCHECK"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "factcheck.dll")}";
        start.Environment["CI"] = "true";
        using var git = Process.Start(start)!;
        var stdout = git.StandardOutput.ReadToEndAsync();
        var stderr = git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, stdout.Result + stderr);
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
