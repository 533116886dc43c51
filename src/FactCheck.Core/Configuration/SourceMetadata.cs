using FactCheck.Inputs;

namespace FactCheck.Configuration;

/// <summary>What factcheck.yml says about the sources a glob matches; a source's own front matter wins over it.</summary>
public sealed record SourceMetadata(SourceDate? Date, string? Language, string? Outlet, SourceRole? Role)
{
    /// <summary>Nothing declared.</summary>
    public static readonly SourceMetadata None = new(null, null, null, null);

    /// <summary>These values, with <paramref name="later"/>'s wherever it declares one.</summary>
    public SourceMetadata Then(SourceMetadata later) =>
        new(later.Date ?? Date, later.Language ?? Language, later.Outlet ?? Outlet, later.Role ?? Role);
}
