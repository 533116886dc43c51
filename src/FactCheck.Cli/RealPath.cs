namespace FactCheck.Cli;

/// <summary>
/// Where a path really leads once symbolic links are followed, in its folders as in its last name, so that
/// "articles/a.md" and "link-to-articles/a.md" are known to be one file. Folders already resolved are remembered.
/// </summary>
internal sealed class RealPath
{
    private readonly Dictionary<string, string> folders = new(Comparer);

    /// <summary>How paths compare on this system: Windows and macOS file systems ignore case by default.</summary>
    public static StringComparer Comparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>The real path of the absolute path <paramref name="full"/>.</summary>
    public string Of(string full)
    {
        var folder = Path.GetDirectoryName(full);
        if (folder is null) return full; // a root
        if (!folders.TryGetValue(folder, out var realFolder)) folders[folder] = realFolder = Of(folder);
        var path = Path.Combine(realFolder, Path.GetFileName(full));
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Of(target.FullName) : path;
        }
        catch (IOException)
        {
            return path; // a loop of links: no file is there to be overwritten
        }
    }
}
