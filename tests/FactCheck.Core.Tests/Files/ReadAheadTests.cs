using FactCheck.Files;

namespace FactCheck.Core.Tests.Files;

/// <summary>
/// The read-ahead opens files before their readers and hands each reader its descriptor: every file must read as it is on
/// disk, and no descriptor may stay open after it, whether its reader took it, came before it, or never came.
/// </summary>
public sealed class ReadAheadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-readahead-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EveryFileReadsAsWrittenAndNoDescriptorIsLeftOpen()
    {
        if (!OperatingSystem.IsLinux()) return; // Linux only: elsewhere there is no read-ahead to test
        var paths = Files(400);
        using (var ahead = ReadAhead.Of(paths))
        {
            Assert.NotNull(ahead);
            for (var k = 0; k < paths.Length; k++)
            {
                // Every 7th reader reads nothing (an error before the read): the descriptor handed to it is closed.
                using var reading = ahead!.Hand(k);
                if (k % 7 == 0) continue;
                var (text, error) = UserFile.ReadText(paths[k], paths[k], 1_000_000, found: FileStatus.Of(paths[k]));
                Assert.Null(error);
                Assert.Equal(Content(k), text);
            }
        }
        Assert.Equal(0, OpenInFolder());
    }

    [Fact]
    public void FilesNoReaderCameForAreClosedWhenItStops()
    {
        if (!OperatingSystem.IsLinux()) return;
        var paths = Files(300);
        using (var ahead = ReadAhead.Of(paths))
        {
            // Readers take only the first files; the read-ahead opened more than those.
            for (var k = 0; k < 20; k++)
            {
                using var reading = ahead!.Hand(k);
            }
            Thread.Sleep(100);
        }
        Assert.Equal(0, OpenInFolder());
    }

    private string[] Files(int count)
    {
        var paths = new string[count];
        for (var k = 0; k < count; k++) File.WriteAllText(paths[k] = Path.Combine(folder, $"{k:D4}.md"), Content(k));
        return paths;
    }

    private static string Content(int k) => $"Article {k}: the fund holds {k * 3} million euros.\n";

    /// <summary>The process's descriptors open on this test's files (other tests open files of their own meanwhile).</summary>
    private int OpenInFolder() => Directory.GetFiles("/proc/self/fd").Count(fd =>
    {
        try
        {
            return new FileInfo(fd).LinkTarget?.StartsWith(folder, StringComparison.Ordinal) == true;
        }
        catch (IOException)
        {
            return false; // closed while listed
        }
    });
}
