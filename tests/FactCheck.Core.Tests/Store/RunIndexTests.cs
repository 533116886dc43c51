using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Store;

/// <summary>
/// The run index of <c>--cache DIR</c> (git's index for a check): a check run again takes each file whose size and times
/// are those indexed from the cache's segments without reading it, and still reports exactly what a check without the
/// cache reports after a file is edited, touched, edited within the index's own time, or the index or a segment is damaged.
/// </summary>
public sealed class RunIndexTests : CacheFolderTests
{
    // A new cache object each time stands for a new process, as in DiskCacheTests.
    private CheckResult Check() => FactChecker.Check(Plain with { Cache = new SourceReadCache(CacheFolder.Root) });

    private string Index => Directory.GetFiles(Runs, "*.fci").Single();

    private string[] Segments => Directory.GetFiles(Runs, "*.fcp");

    [Fact]
    public void After_a_figure_is_changed_and_a_sentence_added_the_report_is_the_uncached_one()
    {
        var first = Check();
        var daily = Path.Combine(Folder.Root, "daily.md");

        File.AppendAllText(daily, "The fund will lend €30bn to grid operators by 2030, the ministers said.\n");
        File.WriteAllText(daily, File.ReadAllText(daily).Replace("€25bn", "€27bn", StringComparison.Ordinal));
        var edited = Check();

        Assert.NotEqual(StoredTexts.Json(first), StoredTexts.Json(edited));
        Assert.Equal(Uncached, StoredTexts.Json(edited));
        Assert.Equal(Uncached, StoredTexts.Json(Check()));
    }

    [Fact]
    public void A_check_of_unchanged_files_reads_them_from_the_index_and_writes_nothing()
    {
        var cold = Check();
        var written = File.GetLastWriteTimeUtc(Index);
        var segments = Segments;

        var warm = Check();

        Assert.Equal(Uncached, StoredTexts.Json(cold));
        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(warm));
        Assert.Equal(0, Recognized(warm));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Index));
        Assert.Equal(segments, Segments);
    }

    [Fact]
    public void A_touched_file_is_hashed_again_and_its_entry_kept()
    {
        Check();
        File.SetLastWriteTimeUtc(Path.Combine(Folder.Root, "wire.md"), DateTime.UtcNow.AddMinutes(-1));

        var touched = Check();

        Assert.Equal(Uncached, StoredTexts.Json(touched));
        Assert.Equal(0, Recognized(touched));
        Assert.Equal(0, Recognized(Check()));
    }

    [Fact]
    public void A_file_edited_in_the_tick_its_index_was_written_is_hashed_again()
    {
        // On a file system whose times are coarse, a file edited in the tick its index was written keeps the time indexed:
        // the file's time set back by hand, and the index's set to it, stand for that.
        var wire = Path.Combine(Folder.Root, "wire.md");
        var first = Check();
        var (text, written) = (File.ReadAllText(wire), File.GetLastWriteTimeUtc(wire));

        File.WriteAllText(wire, text.Replace("€20bn)", "€29bn)", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(wire, written);
        File.SetLastWriteTimeUtc(Index, written);
        var edited = Check();

        Assert.Equal(text.Length, File.ReadAllText(wire).Length);
        Assert.NotEqual(StoredTexts.Json(first), StoredTexts.Json(edited));
        Assert.Equal(Uncached, StoredTexts.Json(edited));
    }

    [Fact]
    public void A_file_rewritten_in_place_with_its_size_and_write_time_kept_is_read_again()
    {
        // A tool that restores a file's write time after editing it (an archive extracted over it, rsync --times) leaves
        // size and write time as indexed: the status change time, which no one can set back, tells the edit.
        var wire = Path.Combine(Folder.Root, "wire.md");
        var (text, written) = (File.ReadAllText(wire), File.GetLastWriteTimeUtc(wire));
        File.SetLastWriteTimeUtc(wire, written.AddMinutes(-10));
        written = File.GetLastWriteTimeUtc(wire);
        var first = Check();

        File.WriteAllText(wire, text.Replace("€20bn)", "€29bn)", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(wire, written);
        var edited = Check();

        Assert.Equal(text.Length, File.ReadAllText(wire).Length);
        Assert.Equal(written, File.GetLastWriteTimeUtc(wire));
        Assert.NotEqual(StoredTexts.Json(first), StoredTexts.Json(edited));
        Assert.Equal(Uncached, StoredTexts.Json(edited));
    }

    [Fact]
    public void A_damaged_index_is_ignored_and_written_again()
    {
        var cold = Check();
        var bytes = File.ReadAllBytes(Index);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(Index, bytes);

        var again = Check();

        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(again));
        Assert.NotEqual(bytes, File.ReadAllBytes(Index));
        Assert.Equal(0, Recognized(Check()));
    }

    [Fact]
    public void A_damaged_segment_is_read_as_missing_and_its_files_read_again()
    {
        var cold = Check();
        var segment = Segments.Single();
        var bytes = File.ReadAllBytes(segment);
        for (var i = 0; i < bytes.Length; i += 64) bytes[i] ^= 1;
        File.WriteAllBytes(segment, bytes);

        var again = Check();

        Assert.Equal(StoredTexts.Json(cold), StoredTexts.Json(again));
        Assert.True(Recognized(again) > 0);
        Assert.DoesNotContain(segment, Segments);
        Assert.Equal(0, Recognized(Check()));
    }

    [Fact]
    public void A_file_deleted_or_added_changes_the_report_as_without_the_cache()
    {
        Check();
        File.Delete(Path.Combine(Folder.Root, "agence.md"));
        Folder.Write("later.md", "---\ndate: 2024-03-14\n---\nNorway and Sweden agreed a grid fund of €24bn in Oslo, the grid ministers said.\n");

        var changed = Check();

        Assert.Equal(Uncached, StoredTexts.Json(changed));
        Assert.Equal(Uncached, StoredTexts.Json(Check()));
    }
}
