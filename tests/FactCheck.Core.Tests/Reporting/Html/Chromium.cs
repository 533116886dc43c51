using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Tests.Reporting.Html;

/// <summary>Debian's headless Chromium, run once on a page to print its DOM after its scripts ran.</summary>
internal static partial class Chromium
{
    /// <summary>What a test says when the browser is missing (skipped, or failed in CI): the command that installs it.</summary>
    public const string Missing =
        "Chromium is not installed, and the HTML report's browser test needs it: install it with `apt-get install -y chromium` "
        + "(.ci/run does when it is missing), or set FACTCHECK_CHROMIUM to a Chromium or Chrome binary.";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser: <c>FACTCHECK_CHROMIUM</c>, else <c>chromium</c> (Debian's) or another Chromium on the PATH; null when none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") is { Length: > 0 } set) return File.Exists(set) ? set : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return (from folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                from name in new[] { "chromium", "chromium-browser", "google-chrome" }
                let file = Path.Combine(folder, name)
                where File.Exists(file)
                select file).FirstOrDefault();
    }

    /// <summary>
    /// Opens <paramref name="page"/> (a file) in <paramref name="browser"/> and returns the text of its <c>#out</c> element once
    /// loaded. The flags are those that work on this project's machines: no sandbox (CI runs as root), no network of its own,
    /// and a fresh profile folder.
    /// </summary>
    public static string DumpOut(string browser, string page, string profile)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--allow-file-access-from-files", "--window-size=1400,900", $"--user-data-dir={profile}", "--dump-dom",
            new Uri(page).AbsoluteUri })
            start.ArgumentList.Add(flag);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s on {page}.");
        }
        var dom = stdout.Result;
        var match = Out().Match(dom);
        Assert.True(match.Success, $"Chromium printed no #out element (exit {process.ExitCode}): {stderr.Result[..Math.Min(2000, stderr.Result.Length)]}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<pre id=\"out\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Out();
}
