using System.Diagnostics;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// A file is read without asking its path again what it is: what was opened is asked. A path that leads elsewhere between
/// its discovery and its read is read as it is then, or refused with its one line; nothing but a regular file is read.
/// </summary>
public sealed class ChangedAfterDiscoveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Discovers <paramref name="name"/>, lets <paramref name="change"/> act on the disk, then loads the file found.</summary>
    private (SourceDocument? Document, UserError? Error) LoadAfter(string name, Action change)
    {
        var loader = new SourceLoader(folder.Root);
        var (files, discoverError) = loader.Discover([name]);
        Assert.Null(discoverError);
        change();

        // Run aside: a regression that opens a FIFO as a blocking read would wait for a writer forever.
        var load = Task.Run(() => loader.LoadFile(Assert.Single(files), SourceRole.Reference));
        Assert.True(load.Wait(TimeSpan.FromMinutes(1)), "the load waited on what was put in the file's place");
        return load.Result;
    }

    private string PathOf(string name) => Path.Combine(folder.Root, name);

    [Fact]
    public void A_file_that_grew_after_it_was_found_is_read_whole()
    {
        folder.Write("a.md", "The fund holds €5bn.\n");

        var (document, _) = LoadAfter("a.md", () => File.AppendAllText(PathOf("a.md"), "The grid fund holds €7bn since.\n"));

        Assert.EndsWith("holds €7bn since.\n", document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_shrank_after_it_was_found_is_read_as_it_is_then()
    {
        folder.Write("a.md", "The fund holds €5bn, and a long sentence follows it here.\n");

        var (document, _) = LoadAfter("a.md", () => folder.Write("a.md", "The fund holds €6bn.\n"));

        Assert.Equal("The fund holds €6bn.\n", document!.Text);
    }

    [Fact]
    public void A_file_deleted_after_it_was_found_is_missing()
    {
        folder.Write("a.md", "The fund holds €5bn.\n");

        var (_, error) = LoadAfter("a.md", () => File.Delete(PathOf("a.md")));

        Assert.Equal(new UserError("a.md", null, "no such file or folder"), error);
    }

    [Fact]
    public void A_file_grown_past_the_limit_after_it_was_found_is_refused_without_being_read()
    {
        folder.Write("a.md", "The fund holds €5bn.\n");

        var (_, error) = LoadAfter("a.md", () =>
        {
            using var stream = new FileStream(PathOf("a.md"), FileMode.Open);
            stream.SetLength(SourceLoader.MaxFileBytes + 1); // sparse: no 32 MB is written
        });

        Assert.Contains("larger than 32 MB", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_put_in_a_found_files_place_is_refused()
    {
        folder.Write("a.md", "The fund holds €5bn.\n");

        var (_, error) = LoadAfter("a.md", () =>
        {
            File.Delete(PathOf("a.md"));
            Directory.CreateDirectory(PathOf("a.md"));
        });

        Assert.Equal(new UserError("a.md", null, "is a folder, not a file"), error);
    }

    [Fact]
    public void A_fifo_put_in_a_found_files_place_is_refused_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        folder.Write("a.md", "The fund holds €5bn.\n");

        var (_, error) = LoadAfter("a.md", () =>
        {
            File.Delete(PathOf("a.md"));
            using var mkfifo = Process.Start("mkfifo", PathOf("a.md"));
            mkfifo.WaitForExit();
        });

        Assert.Equal(new UserError("a.md", null, "is not a regular file (a FIFO, a device or a socket)"), error);
    }

    [Fact]
    public void A_link_turned_to_a_device_after_it_was_found_is_never_read()
    {
        if (!OperatingSystem.IsLinux()) return;
        folder.Write("real.md", "The fund holds €5bn.\n");
        File.CreateSymbolicLink(PathOf("a.md"), "real.md");

        var (_, error) = LoadAfter("a.md", () =>
        {
            File.Delete(PathOf("a.md"));
            File.CreateSymbolicLink(PathOf("a.md"), "/dev/zero");
        });

        Assert.Equal(new UserError("a.md", null, "is not a regular file (a FIFO, a device or a socket)"), error);
    }
}
