namespace FactCheck.Configuration;

/// <summary>An entry of factcheck.yml's <c>sources</c>: the metadata given to every source <see cref="Glob"/> matches.</summary>
public sealed record SourceGlob(Glob Glob, SourceMetadata Metadata)
{
    /// <summary>The entry's path in the file ("sources[1]"), for messages.</summary>
    public string Where { get; init; } = "sources";

    /// <summary>The line of its <c>language</c>, which the stages check against the language packs.</summary>
    public int LanguageLine { get; init; }
}
