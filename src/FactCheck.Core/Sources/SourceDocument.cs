using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>A loaded source: its original text, what its front matter says, and the prose to search for claims.</summary>
public sealed record SourceDocument(
    string Id,
    string Text,
    string Language,
    bool LanguageDeclared,
    SourceDate? Date,
    string? Title,
    string? Outlet,
    SourceRole Role,
    ImmutableArray<ProseBlock> ProseBlocks);
