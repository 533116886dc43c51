using FactCheck.Comparison;
using FactCheck.Inputs;

namespace FactCheck.Reporting;

/// <summary>
/// A problem with a file rather than a claim: the file could not be read (<see cref="SourceError"/>: binary, not UTF-8,
/// too large, broken front matter), or something in a file that was read could not be used (<see cref="SourceWarning"/>:
/// a front-matter date FactCheck cannot read). <see cref="Line"/> is 1-based, or null for the whole file.
/// </summary>
public sealed record FileDiagnostic(string Rule, Severity Severity, string Path, int? Line, string Message)
{
    /// <summary>The rule id of a file that could not be read, and so is not in the report's sources.</summary>
    public const string SourceError = "source-error";

    /// <summary>The rule id of something a file says that FactCheck could not use; the file itself is checked.</summary>
    public const string SourceWarning = "source-warning";

    /// <summary>A file that could not be read.</summary>
    public static FileDiagnostic Error(UserError error) => new(SourceError, Severity.Error, error.Path, error.Line, error.Message);

    /// <summary>Something in a file that FactCheck could not use.</summary>
    public static FileDiagnostic Warning(UserError warning) => new(SourceWarning, Severity.Warning, warning.Path, warning.Line, warning.Message);

    /// <summary><c>path:line: message</c>, as the CLI prints it on stderr.</summary>
    public override string ToString() => new UserError(Path, Line, Message).ToString();
}
