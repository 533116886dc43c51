using FactCheck.Core.Tests.Sources;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// What the cache's tests share: the stored texts written to a folder, an empty cache folder beside it, the check of the
/// texts without a cache that every cached report must equal, and where a command line's cache keeps its runs.
/// </summary>
public abstract class CacheFolderTests : IDisposable
{
    protected CacheFolderTests() => StoredTexts.WriteAll(Folder);

    private protected TempFolder Folder { get; } = new();

    private protected TempFolder CacheFolder { get; } = new();

    private protected CheckOptions Plain => new(["."], Folder.Root);

    /// <summary>The report of a check of the texts as they are now, without a cache.</summary>
    private protected string Uncached => StoredTexts.Json(FactChecker.Check(Plain));

    private protected string Runs => Path.Combine(CacheFolder.Root, "runs");

    /// <summary>What a check allocated finding mentions: nothing when every file came from the cache.</summary>
    private protected static long Recognized(CheckResult result) => result.Stats!.Allocated["mentions"];

    public void Dispose()
    {
        Folder.Dispose();
        CacheFolder.Dispose();
        GC.SuppressFinalize(this);
    }
}
