namespace FactCheck.Tests;

/// <summary>Where the repository and ../shared are, found from the test binaries so tests run from any directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Tests => Path.Combine(Root, "tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
