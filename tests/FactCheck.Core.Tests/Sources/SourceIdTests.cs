using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// A source's id is its path relative to the working directory, written with '/', however the path to it was given: the
/// id is what a report, a baseline and a silencing comment name the file by.
/// </summary>
public sealed class SourceIdTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string IdOf(string workingDirectory, string path)
    {
        var (document, error) = new SourceLoader(workingDirectory).LoadFile(path, SourceRole.Reference);
        Assert.Null(error);
        return document!.Id;
    }

    [Fact]
    public void A_file_under_the_working_directory_is_named_by_its_path_from_there()
    {
        var file = folder.Write("news/2024/a.md", "The fund holds €5bn.\n");

        Assert.Equal("news/2024/a.md", IdOf(folder.Root, file));
        // The working directory written with its separator at the end names it alike.
        Assert.Equal("news/2024/a.md", IdOf(folder.Root + Path.DirectorySeparatorChar, file));
    }

    [Fact]
    public void A_path_with_dot_segments_or_doubled_separators_is_named_by_where_it_leads()
    {
        folder.Write("news/a.md", "The fund holds €5bn.\n");
        folder.Write("news/.drafts/b.md", "The fund holds €6bn.\n");
        var sep = Path.DirectorySeparatorChar;

        Assert.Equal("news/a.md", IdOf(folder.Root, $"{folder.Root}{sep}news{sep}.{sep}a.md"));
        Assert.Equal("news/a.md", IdOf(folder.Root, $"{folder.Root}{sep}news{sep}.drafts{sep}..{sep}a.md"));
        Assert.Equal("news/a.md", IdOf(folder.Root, $"{folder.Root}{sep}news{sep}{sep}a.md"));
        Assert.Equal("news/.drafts/b.md", IdOf(folder.Root, $"{folder.Root}{sep}news{sep}.drafts{sep}b.md"));
    }

    [Fact]
    public void A_file_outside_the_working_directory_is_named_by_the_way_up_to_it()
    {
        var file = folder.Write("other/a.md", "The fund holds €5bn.\n");
        var workingDirectory = Path.Combine(folder.Root, "news");
        Directory.CreateDirectory(workingDirectory);

        Assert.Equal("../other/a.md", IdOf(workingDirectory, file));
        // A folder whose name only starts like the working directory's is outside it too.
        var beside = folder.Write("newsroom/a.md", "The fund holds €5bn.\n");
        Assert.Equal("../newsroom/a.md", IdOf(workingDirectory, beside));
    }

    [Fact]
    public void A_backslash_in_a_name_is_written_as_a_slash_as_before()
    {
        if (OperatingSystem.IsWindows()) return; // a name cannot hold one there
        var file = folder.Write("news/a\\b.md", "The fund holds €5bn.\n");

        Assert.Equal("news/a/b.md", IdOf(folder.Root, file));
    }
}
