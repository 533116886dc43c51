using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// A folder is searched recursively for .md, .markdown and .txt sources; the files come back once each, in ordinal order,
/// and each is named by its path from the working directory.
/// </summary>
public sealed class FolderDiscoveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string[] Discover(params string[] paths)
    {
        var (files, error) = new SourceLoader(folder.Root).Discover(paths);

        Assert.Null(error);
        return [.. files.Select(f => Path.GetRelativePath(folder.Root, f).Replace('\\', '/'))];
    }

    [Fact]
    public void Sources_are_found_in_nested_folders()
    {
        folder.Write("news/a.md", "A.\n");
        folder.Write("news/2024/april/b.markdown", "B.\n");
        folder.Write("news/2024/c.txt", "C.\n");

        var files = Discover("news");

        Assert.Equal(["news/2024/april/b.markdown", "news/2024/c.txt", "news/a.md"], files);
    }

    [Fact]
    public void Each_source_found_keeps_the_status_it_had_when_found_and_nothing_else_is_kept()
    {
        var a = folder.Write("news/a.md", "The fund holds €5bn.\n");
        var named = folder.Write("other/b.txt", "The fund holds €6bn.\n");
        folder.Write("news/README.md", "What the folder holds.\n");
        folder.Write("news/empty.md", "");
        var loader = new SourceLoader(folder.Root);

        loader.Discover(["news", "other/b.txt"]);
        var found = FileStatus.Of(a);
        File.AppendAllText(a, "It was €4bn.\n");

        // The run index of a cache compares these with the stamps it indexed instead of asking the system again.
        Assert.Equal(found, loader.Statuses[a]);
        Assert.NotEqual(FileStatus.Of(a).Length, loader.Statuses[a].Length);
        Assert.Equal(FileStatus.Of(named), loader.Statuses[named]);
        Assert.Equal(2, loader.Statuses.Count);
    }

    [Fact]
    public void Other_extensions_are_ignored()
    {
        folder.Write("news/a.md", "A.\n");
        folder.Write("news/page.html", "<p>B.</p>\n");
        folder.Write("news/data.json", "{}\n");
        folder.Write("news/notes", "C.\n");

        var files = Discover("news");

        Assert.Equal(["news/a.md"], files);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("readme.txt")]
    [InlineData("sub/README.markdown")]
    public void A_readme_inside_a_folder_is_not_a_source(string readme)
    {
        folder.Write("news/a.md", "A.\n");
        folder.Write("news/" + readme, "This folder holds the April articles.\n");

        var files = Discover("news");

        Assert.Equal(["news/a.md"], files);
    }

    [Fact]
    public void A_readme_named_explicitly_is_a_source()
    {
        folder.Write("news/README.md", "The fund holds €5bn.\n");

        var files = Discover("news/README.md");

        Assert.Equal(["news/README.md"], files);
    }

    [Fact]
    public void An_empty_file_inside_a_folder_is_passed_over()
    {
        folder.Write("news/a.md", "A.\n");
        folder.Write("news/empty.md", "");

        var files = Discover("news");

        Assert.Equal(["news/a.md"], files);
    }

    [Fact]
    public void Files_come_back_in_ordinal_order_whatever_order_they_are_named_in()
    {
        folder.Write("b/z.md", "Z.\n");
        folder.Write("a/b.md", "B.\n");
        folder.Write("a/B.md", "B.\n");
        folder.Write("a/a.txt", "A.\n");

        var files = Discover("b", "a/b.md", "a");

        Assert.Equal(["a/B.md", "a/a.txt", "a/b.md", "b/z.md"], files);
    }

    [Fact]
    public void A_file_named_twice_comes_back_once()
    {
        folder.Write("news/a.md", "A.\n");

        var files = Discover("news", "news/a.md", "./news/a.md");

        Assert.Equal(["news/a.md"], files);
    }

    [Fact]
    public async Task A_link_to_a_parent_folder_neither_hangs_nor_duplicates()
    {
        folder.Write("news/a.md", "A.\n");
        folder.Write("news/sub/b.md", "B.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "news", "sub", "loop"), Path.Combine(folder.Root, "news"));

        var files = await Task.Run(() => Discover("news")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["news/a.md", "news/sub/b.md"], files);
    }

    [Fact]
    public void Loaded_sources_are_named_by_their_path_relative_to_the_working_folder()
    {
        folder.Write("news/a.md", "The fund holds €5bn.\n");
        folder.Write("news/sub/b.txt", "The fund holds €6bn.\n");

        var result = new SourceLoader(folder.Root).Load(["news"], SourceRole.Draft);

        Assert.Null(result.Error);
        Assert.Equal(["news/a.md", "news/sub/b.txt"], result.Documents.Select(d => d.Id));
        Assert.All(result.Documents, d => Assert.Equal(SourceRole.Draft, d.Role));
    }

    [Fact]
    public void The_samples_folder_holds_five_articles_and_the_ci_examples_are_not_among_them()
    {
        var (files, error) = new SourceLoader(RepoPaths.Root).Discover(["samples"]);

        Assert.Null(error);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "samples", "ci", "README.md")));
        Assert.Equal(["en-blog.md", "en-daily.md", "en-wire.md", "fr-agence.md", "fr-quotidien.md"], files.Select(Path.GetFileName));
    }

    // A source's id is its path relative to the working directory, written with '/', however the path to it was given: the
    // id is what a report, a baseline and a silencing comment name the file by.

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
