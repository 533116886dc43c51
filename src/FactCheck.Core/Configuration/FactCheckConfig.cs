using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// What a factcheck.yml declares. Every section is optional and extends what the library ships: subjects add to the
/// lexicon (<c>Binding/Data/subjects.yml</c>), rates to the table (<c>Kinds/Money/rates.yml</c>), rule settings
/// override the built-in rules (<c>Rules/BuiltIn/*.yml</c>). <see cref="File"/> is the path errors name (relative to the
/// working directory) and <see cref="Folder"/> the full path of the folder its globs are relative to.
/// </summary>
public sealed record FactCheckConfig(
    string File,
    string Folder,
    ImmutableArray<SubjectConfig> Subjects,
    ImmutableArray<PlaceConfig> Places,
    ImmutableArray<PersonConfig> People,
    ImmutableArray<RateConfig> Rates,
    ImmutableArray<SourceGlob> Sources,
    ImmutableArray<Glob> Ignore,
    ImmutableArray<RuleSettings> Rules)
{
    /// <summary>No configuration: what the library ships, unchanged.</summary>
    public static readonly FactCheckConfig Empty = new("", "", [], [], [], [], [], [], []);

    /// <summary>
    /// <c>stories: one</c>: every source is about one story, so claims are compared across all of them; by default
    /// (<c>stories: grouped</c>) sources are grouped into stories by what they share.
    /// </summary>
    public bool OneStory { get; init; }

    /// <summary>
    /// <c>against</c>: the references an editor's open drafts are checked against besides the workspace folder (the language
    /// server's <c>--against</c>), as full paths; the file's paths are relative to its folder. <c>check</c> takes its own
    /// <c>--against</c>.
    /// </summary>
    public ImmutableArray<string> Against { get; init; } = [];

    /// <summary>True when the file at <paramref name="fullPath"/> matches an <c>ignore</c> glob and must not be read.</summary>
    public bool IsIgnored(string fullPath) =>
        !Ignore.IsEmpty && RelativePath(fullPath) is { } path && Ignore.Any(g => g.Matches(path));

    /// <summary>The metadata of every <c>sources</c> entry matching <paramref name="fullPath"/>, later entries winning.</summary>
    public SourceMetadata MetadataFor(string fullPath)
    {
        if (Sources.IsEmpty || RelativePath(fullPath) is not { } path) return SourceMetadata.None;
        return Sources.Where(s => s.Glob.Matches(path)).Aggregate(SourceMetadata.None, (metadata, entry) => metadata.Then(entry.Metadata));
    }

    /// <summary>The path relative to <see cref="Folder"/>, or null for a file outside it (no glob reaches there).</summary>
    private string? RelativePath(string fullPath)
    {
        var relative = Path.GetRelativePath(Folder, fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? null : relative;
    }
}
