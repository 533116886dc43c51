namespace FactCheck.Cli;

/// <summary>The exit codes of report-contract.md.</summary>
internal static class ExitCodes
{
    /// <summary>No finding reaches the --fail-on severity.</summary>
    public const int Clean = 0;
    /// <summary>A finding reaches the --fail-on severity.</summary>
    public const int Findings = 1;
    /// <summary>A usage or input error, printed as one line on stderr.</summary>
    public const int InputError = 2;
}
