using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// The cache's entry per file (the language server's on disk): a check run again reads from the folder what earlier processes read of each unchanged file, and
/// reports exactly what a check without it reports; an entry damaged, or of another configuration, is read as missing.
/// </summary>
public sealed class DiskCacheTests : CacheFolderTests
{
    // A new cache object each time stands for a new process: nothing is kept in memory from one check to the next. The
    // language server's cache (kept in memory too) is the one that writes an entry per file; a command line run keeps its
    // reads in its run index's segments (RunIndexTests).
    private CheckResult Check(CheckOptions? options = null) =>
        FactChecker.Check((options ?? Plain) with { Cache = new SourceReadCache(CacheFolder.Root, inMemory: true) });

    private string[] Entries => Directory.GetFiles(CacheFolder.Root, "*.fcr", SearchOption.AllDirectories);

    [Fact]
    public void A_warm_cache_gives_the_report_of_a_cold_check_without_reading_the_files_again()
    {
        var cold = Check();

        var warm = Check();

        Assert.Equal(StoredTexts.Json(FactChecker.Check(Plain)), StoredTexts.Json(cold));
        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(warm));
        Assert.True(Recognized(cold) > 0);
        Assert.Equal(0, Recognized(warm));
        Assert.Equal(5, Entries.Length); // one per readable file: broken.md is not kept
    }

    [Fact]
    public void After_one_file_changes_only_that_file_is_read_again()
    {
        Check();
        var before = Entries.ToHashSet();

        Folder.Write("daily.md", "---\ndate: 2024-03-13\n---\nNorway and Sweden set up a grid fund of €22bn in Oslo, their grid ministers said.\n");
        var warm = Check();

        Assert.Equal(StoredTexts.Json(FactChecker.Check(Plain)), StoredTexts.Json(warm));
        Assert.Single(Entries, e => !before.Contains(e));
        Assert.True(Recognized(warm) > 0);
    }

    [Fact]
    public void A_damaged_entry_is_read_as_missing_and_written_again()
    {
        var cold = Check();
        foreach (var entry in Entries)
        {
            var bytes = File.ReadAllBytes(entry);
            bytes[^1] ^= 1;
            File.WriteAllBytes(entry, bytes[..^7]);
        }

        var again = Check();

        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(again));
        Assert.True(Recognized(again) > 0);
        Assert.Equal(0, Recognized(Check()));
    }

    [Fact]
    public void Entries_of_another_configuration_are_not_read()
    {
        Check();
        var places = Folder.Write("extra/places.yml", "places:\n  - {name: Nowhere Bay, country: NO}\n");

        var other = Check(Plain with { PlaceFiles = [places] });

        Assert.True(Recognized(other) > 0);
        Assert.Equal(10, Entries.Length);
    }

    [Fact]
    public void Checks_running_at_once_on_one_cache_report_alike()
    {
        var expected = StoredTexts.Json(FactChecker.Check(Plain));

        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => StoredTexts.Json(Check())).ToList();

        Assert.All(results, json => Assert.Equal(expected, json));
        Assert.Empty(Directory.GetFiles(CacheFolder.Root, "*.tmp", SearchOption.AllDirectories));
    }
}
