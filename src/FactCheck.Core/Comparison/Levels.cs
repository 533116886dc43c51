namespace FactCheck.Comparison;

/// <summary>A rule file's <c>level</c> as a <see cref="Severity"/>.</summary>
internal static class Levels
{
    public static Severity Parse(string level) => level switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => Severity.Error,
    };
}
