using System.Globalization;
using System.Text;
using FactCheck.Comparison;

namespace FactCheck.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>): one annotation per finding, at the draft's
/// claim or the first side's (<see cref="FindingAnchor"/>), naming the other sides in its message; GitHub shows only ten
/// annotations of each level, so one per claim hid most findings. Paths are relative to the working directory, the repository's root in CI.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public string Format => "github";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        foreach (var item in report.Findings)
        {
            var finding = item.Finding;
            var title = $"{finding.Rule}: {finding.Subject ?? "(no subject)"} · {finding.Attribute}";
            var l = FindingAnchor.Of(item).Claim.Location;
            var properties = string.Create(CultureInfo.InvariantCulture,
                $"file={Property(l.Path)},line={l.Line},col={l.Column},endLine={l.EndLine},endColumn={l.EndColumn},title={Property(title)}");
            output.WriteLine($"::{Command(finding.Severity)} {properties}::{Data(FindingAnchor.Message(item))}");
        }
        foreach (var diagnostic in report.Diagnostics)
        {
            var line = diagnostic.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $",line={l}") : "";
            output.WriteLine($"::{Command(diagnostic.Severity)} file={Property(diagnostic.Path)}{line},title={diagnostic.Rule}::{Data(diagnostic.Message)}");
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A command's message, escaped as the runner unescapes it: '%', CR and LF; other control characters from a source as <c>\u001B</c>.</summary>
    internal static string Data(string text) =>
        TerminalText.Safe(new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString());

    /// <summary>A property value (file, title), escaped as the runner unescapes it: as <see cref="Data"/>, and ':' and ','.</summary>
    internal static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
