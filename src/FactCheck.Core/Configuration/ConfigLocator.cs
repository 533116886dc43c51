using FactCheck.Files;
using FactCheck.Inputs;

namespace FactCheck.Configuration;

/// <summary>
/// Finds and loads the configuration of a run: the file given with <c>--config</c>, or else the nearest factcheck.yml in
/// the working directory or a parent, stopping at the root of a git repository (a folder holding <c>.git</c>) or of the disk.
/// </summary>
public static class ConfigLocator
{
    /// <summary>A configuration larger than this is not a hand-written file.</summary>
    private const long MaxBytes = 1024 * 1024;

    /// <summary>The full path of the nearest factcheck.yml at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ConfigReader.FileName);
            if (File.Exists(candidate)) return candidate;
            // A repository's configuration lives inside it: a file above its root belongs to something else.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) return null;
        }
        return null;
    }

    /// <summary>
    /// The configuration at <paramref name="explicitPath"/> (relative to <paramref name="workingDirectory"/>), or the one
    /// <see cref="Find"/> finds, or <see cref="FactCheckConfig.Empty"/> when there is none.
    /// </summary>
    public static (FactCheckConfig? Config, UserError? Error) Load(string workingDirectory, string? explicitPath)
    {
        var full = explicitPath is null ? Find(workingDirectory) : Path.GetFullPath(explicitPath, workingDirectory);
        if (full is null) return (FactCheckConfig.Empty, null);
        var shown = explicitPath ?? Path.GetRelativePath(workingDirectory, full).Replace('\\', '/');
        var (text, error) = UserFile.ReadText(full, shown, MaxBytes, "no such configuration file");
        if (text is null) return (null, error);
        return ConfigReader.Read(shown, Path.GetDirectoryName(full)!, text);
    }
}
