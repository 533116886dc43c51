using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Reporting;

namespace FactCheck.Cli;

/// <summary><c>--fail-on</c>: the least severity that fails a check (exit 1).</summary>
internal static class FailOn
{
    /// <summary>1 when a finding is at or above <paramref name="failOn"/> (error, warning, info; none never fails), else 0.</summary>
    public static int ExitCode(ImmutableArray<ReportFinding> findings, string failOn)
    {
        Severity? threshold = failOn switch
        {
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "none" => null,
            _ => Severity.Error,
        };
        return threshold is { } level && findings.Any(f => f.Finding.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
