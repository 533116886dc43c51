using System.Text;
using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>A temporary folder of articles and a factcheck.yml, where the CLI runs as a user would; deleted when the test ends.</summary>
internal sealed class Workspace : IDisposable
{
    /// <summary>Two dated articles that disagree on the fund: €20bn against €25bn.</summary>
    public const string FundA = "---\ndate: 2024-03-12\n---\n\nMinisters agreed a €20bn grid fund on Tuesday.\n";
    public const string FundB = "---\ndate: 2024-03-12\n---\n\nThe grid fund holds €25bn, officials said.\n";

    // A .git folder makes the workspace a repository root, so no factcheck.yml above the temp folder is ever read.
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Directory.CreateTempSubdirectory("factcheck-cfg-").FullName, "work", ".git")).Parent!.FullName;

    public string Write(string relativePath, string text)
    {
        var file = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    /// <summary>
    /// news/: the fund's two articles (an error between them) and two on its headquarters (Oslo against Bergen), dated a day
    /// apart.
    /// </summary>
    public void WriteNews()
    {
        Write("news/a.md", FundA);
        Write("news/b.md", FundB);
        Write("news/c.md", "---\ndate: 2024-03-12\n---\n\nThe grid fund's headquarters will be in Oslo, with 40 staff.\n");
        Write("news/d.md", "---\ndate: 2024-03-13\n---\n\nThe grid fund's headquarters will be in Bergen, with 40 staff.\n");
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.RunIn(Root, args);

    public (int Exit, string Out, string Err) RunIn(string relativeFolder, params string[] args) => CliRunner.RunIn(Path.Combine(Root, relativeFolder), args);

    /// <summary>The JSON report of <c>check</c> with <paramref name="args"/>.</summary>
    public JsonElement Json(params string[] args)
    {
        var (_, stdout, stderr) = Run(["check", .. args, "--format", "json"]);
        Assert.Equal("", stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>The rule of each finding of a JSON report, in order.</summary>
    public static string[] Rules(JsonElement report) => [.. report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
}
