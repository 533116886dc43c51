namespace FactCheck.Comparison;

/// <summary>How much a finding matters; <c>--fail-on</c> compares against it.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a check by default.</summary>
    Info,
    /// <summary>Probably wrong; an editor should look.</summary>
    Warning,
    /// <summary>The sources cannot all be right.</summary>
    Error,
}
