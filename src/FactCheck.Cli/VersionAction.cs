using System.CommandLine;
using System.CommandLine.Invocation;
using FactCheck.Reporting;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck --version</c>: the package's version, the one every report gives (<see cref="ReportBuilder.ToolVersion"/>).
/// System.CommandLine's own prints the entry assembly's, which is not FactCheck's when the CLI runs inside another process.
/// </summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(ReportBuilder.ToolVersion);
        return ExitCodes.Clean;
    }
}
