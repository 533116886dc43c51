namespace FactCheck.Inputs;

/// <summary>
/// A mistake in what the user gave us (a missing path, a binary file, bad front matter, an unknown option).
/// It is a value, not an exception: the CLI prints it as one line and exits 2.
/// </summary>
public sealed record UserError(string Path, int? Line, string Message)
{
    /// <summary><c>path:line: message</c>, the one line the CLI prints.</summary>
    public override string ToString() =>
        Line is { } line ? $"{Path}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}" : $"{Path}: {Message}";
}
