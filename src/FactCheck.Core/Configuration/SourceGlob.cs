namespace FactCheck.Configuration;

/// <summary>An entry of factcheck.yml's <c>sources</c>: the metadata given to every source <see cref="Glob"/> matches.</summary>
public sealed record SourceGlob(Glob Glob, SourceMetadata Metadata);
