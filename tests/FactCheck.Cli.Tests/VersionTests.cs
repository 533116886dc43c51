using System.Text.Json;
using System.Xml.Linq;
using FactCheck.Reporting;

namespace FactCheck.Cli.Tests;

/// <summary>
/// The version is the package's (Directory.Build.props), so that <c>dotnet tool update</c> sees a new release; <c>--version</c>
/// and every report say it.
/// </summary>
public sealed class VersionTests
{
    private static string PackageVersion() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void Version_prints_the_packages_version_alone()
    {
        var (exit, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(0, exit);
        Assert.Equal(PackageVersion() + "\n", stdout);
    }

    [Fact]
    public void The_reports_tool_version_is_the_packages()
    {
        var (_, stdout, _) = CliRunner.Run("check", "samples", "--format", "json");

        var tool = JsonDocument.Parse(stdout).RootElement.GetProperty("tool");
        Assert.Equal(PackageVersion(), tool.GetProperty("version").GetString());
        Assert.Equal(PackageVersion(), ReportBuilder.ToolVersion);
    }
}
