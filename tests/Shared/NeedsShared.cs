namespace FactCheck.Tests;

/// <summary>
/// A test that reads a folder of ../shared (the seeds, the SARIF schema): skipped, saying which folder is missing and
/// where it was looked for, when the shared data is not beside the checkout. Without it such a test failed on an empty
/// report or a type initializer, which told nothing of the cause. CI checks for ../shared first and stops if it is absent.
/// </summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    /// <summary>A test that reads <c>../shared/<paramref name="folder"/></c>.</summary>
    public NeedsSharedFactAttribute(string folder) => Skip = NeedsShared.Missing(folder);
}

/// <summary><see cref="NeedsSharedFactAttribute"/> for a theory: every case is skipped when the folder is missing.</summary>
public sealed class NeedsSharedTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that reads <c>../shared/<paramref name="folder"/></c> (in one case or all).</summary>
    public NeedsSharedTheoryAttribute(string folder) => Skip = NeedsShared.Missing(folder);
}

internal static class NeedsShared
{
    /// <summary>Why a test of <c>../shared/<paramref name="folder"/></c> cannot run, or null when the folder is there.</summary>
    public static string? Missing(string folder)
    {
        var path = Path.Combine(RepoPaths.Shared, folder);
        return Directory.Exists(path) ? null
            : $"needs ../shared/{folder} beside the checkout (read in place, never copied into the repository), and {path} is missing";
    }
}
